"""A limit on what one document selects, checked on the parsed document before validation.

graphql-core's OverlappingFieldsCanBeMerged rule compares every pair of fields that share a
response name in a selection set: 1,240 copies of `ledgers { code }` (17 KB, under the token
limit) held the server two seconds. So, before any validation rule runs, a document may select
at most `graphql_max_selections` fields and fragments in all (a fragment counted each time it is
spread, so nesting fragments multiplies nothing for free), and one response name at most
`graphql_max_field_repeats` times in one selection set. Over either, the request is refused
with the code TOO_MANY_SELECTIONS: a walk of the document, linear in its size. A document whose
text alone shows too many selections is refused on its tokens, before the parser builds it
(parsing costs three times what lexing does); one over the token limit is left to the parser,
which stops at the limit and says so.
"""

from __future__ import annotations

import functools
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
    Source,
    TokenKind,
)
from graphql.language import Lexer
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


@functools.lru_cache(maxsize=128)  # bounded like the parser cache; a text seen is not lexed again
def written_selections(query: str, *, max_tokens: int) -> int | None:
    """The selections written in `query`, counted on its tokens without parsing it: fields,
    fragment spreads and typed inline fragments. The parsed document has at least as many
    (where a fragment is spread, more), so a count over the limit refuses it before the parser
    builds a node. None when the text has more than `max_tokens` tokens or is not a document:
    the parser refuses those, saying why.

    Outside parentheses (which hold arguments, values and variables), a name inside braces is a
    field, an alias (the field after its colon is not counted again), a fragment spread, `on` of
    an inline fragment (its type is not counted) or a directive (not counted)."""
    lexer = Lexer(Source(query))
    braces = parens = count = 0
    before = previous = TokenKind.SOF
    previous_value: str | None = None
    try:
        for _ in range(max_tokens + 1):
            token = lexer.advance()
            kind = token.kind
            if kind is TokenKind.EOF:
                return count
            if kind is TokenKind.PAREN_L:
                parens += 1
            elif kind is TokenKind.PAREN_R:
                parens -= 1
            elif parens == 0 and kind is TokenKind.BRACE_L:
                braces += 1
            elif parens == 0 and kind is TokenKind.BRACE_R:
                braces -= 1
            elif (kind is TokenKind.NAME and braces > 0 and parens == 0
                  and previous not in (TokenKind.AT, TokenKind.COLON)
                  and not (previous is TokenKind.NAME and previous_value == "on"
                           and before is TokenKind.SPREAD)):
                count += 1
            before, previous, previous_value = previous, kind, token.value
    except GraphQLError:
        pass
    return None


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

    def __init__(self, *, max_selections: int, max_repeats: int, max_tokens: int) -> None:
        self.max_selections = max_selections
        self.max_repeats = max_repeats
        self.max_tokens = max_tokens

    def on_parse(self) -> Iterator[None]:
        query = self.execution_context.query
        if query and self.execution_context.graphql_document is None:
            written = written_selections(query, max_tokens=self.max_tokens)
            if written is not None and written > self.max_selections:
                raise GraphQLError(
                    f"The document selects more than {self.max_selections} fields and "
                    f"fragments; at most {self.max_selections} are allowed.",
                    extensions={"code": CODE, "limit": self.max_selections})
        yield
        document = self.execution_context.graphql_document
        if document is not None:
            check(document, self.max_selections, self.max_repeats)
