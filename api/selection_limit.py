"""A limit on what one document selects, checked on the parsed document before validation.

graphql-core's OverlappingFieldsCanBeMerged rule compares every pair of fields that share a
response name in a selection set: 1,240 copies of `ledgers { code }` (17 KB, under the token
limit) held the server two seconds. So, before any validation rule runs, a document may select
at most `graphql_max_selections` fields and fragments in all (a fragment counted each time it is
spread, so nesting fragments multiplies nothing for free), and one response name at most
`graphql_max_field_repeats` times in one selection set. Over either, the request is refused
with the code TOO_MANY_SELECTIONS: a walk of the document, linear in its size.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from strawberry.extensions import SchemaExtension

CODE = "TOO_MANY_SELECTIONS"


class _Measure:
    """Selections (fragments expanded) and the most repeated response name of a document."""

    def __init__(self, document: DocumentNode) -> None:
        self.fragments = {d.name.value: d for d in document.definitions
                          if isinstance(d, FragmentDefinitionNode)}
        self.expanded: dict[str, tuple[int, Counter[str]]] = {}
        self.open: set[str] = set()
        self.repeats = 0

    def selection_set(self, node: SelectionSetNode | None) -> tuple[int, Counter[str]]:
        """How many selections `node` holds, and its response names (those of its inline
        fragments and spread fragments included: validation compares them all)."""
        size, names = 0, Counter[str]()
        for selection in node.selections if node is not None else ():
            size += 1
            if isinstance(selection, FieldNode):
                names[(selection.alias or selection.name).value] += 1
                if selection.selection_set is not None:
                    size += self.selection_set(selection.selection_set)[0]
            elif isinstance(selection, InlineFragmentNode):
                inner, inner_names = self.selection_set(selection.selection_set)
                size += inner
                names.update(inner_names)
            elif isinstance(selection, FragmentSpreadNode):
                inner, inner_names = self.fragment(selection.name.value)
                size += inner
                names.update(inner_names)
        self.repeats = max(self.repeats, max(names.values(), default=0))
        return size, names

    def fragment(self, name: str) -> tuple[int, Counter[str]]:
        if name in self.expanded:
            return self.expanded[name]
        definition = self.fragments.get(name)
        if definition is None or name in self.open:
            return 0, Counter()  # unknown or cyclic: validation refuses it, cheaply
        self.open.add(name)
        self.expanded[name] = self.selection_set(definition.selection_set)
        self.open.discard(name)
        return self.expanded[name]

    def total(self, document: DocumentNode) -> int:
        """Every operation's selections, and those of fragments no operation spreads (which
        validation checks too)."""
        size = sum(self.selection_set(d.selection_set)[0] for d in document.definitions
                   if isinstance(d, OperationDefinitionNode))
        for name in self.fragments.keys() - self.expanded.keys():
            size += self.fragment(name)[0]
        return size


def check(document: DocumentNode, max_selections: int, max_repeats: int) -> None:
    """Refuse `document` with TOO_MANY_SELECTIONS when it selects more than allowed."""
    measure = _Measure(document)
    size = measure.total(document)
    if size > max_selections:
        raise GraphQLError(
            f"The document selects {size} fields and fragments; at most {max_selections} "
            f"are allowed.", extensions={"code": CODE, "limit": max_selections})
    if measure.repeats > max_repeats:
        raise GraphQLError(
            f"The document selects one response name {measure.repeats} times in one "
            f"selection set; at most {max_repeats} are allowed.",
            extensions={"code": CODE, "limit": max_repeats})


class MaxSelections(SchemaExtension):
    """Checks the parsed document before validation runs (see the module's docstring)."""

    def __init__(self, *, max_selections: int, max_repeats: int) -> None:
        self.max_selections = max_selections
        self.max_repeats = max_repeats

    def on_parse(self) -> Iterator[None]:
        yield
        document = self.execution_context.graphql_document
        if document is not None:
            check(document, self.max_selections, self.max_repeats)
