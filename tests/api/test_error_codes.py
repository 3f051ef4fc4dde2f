"""Every error code a domain can answer with is declared once, in its domain's code enum, and
enumerated in the schema; a raise site with a code nobody declared fails here."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TypeVar

import pytest
from graphql import GraphQLEnumType

import models
from etebar.domains.compose import build_schema
from models.errors import DomainError, ErrorCode
from models.platform.settings import Settings

ROOT = Path(__file__).resolve().parent.parent.parent
T = TypeVar("T")
SOURCES = ("models", "api", "etebar", "workers", "admin_ui")


def _subclasses(cls: type[T]) -> Iterator[type[T]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _code_enums() -> list[type[ErrorCode]]:
    for module in pkgutil.walk_packages(models.__path__, "models."):
        importlib.import_module(module.name)
    return list(_subclasses(ErrorCode))


def _declared() -> dict[str, set[str]]:
    return {codes.__name__: set(codes.__members__) for codes in _code_enums()}


def _takes_code(cls: type) -> bool:
    return next(iter(inspect.signature(cls).parameters), None) == "code"


def _domain_errors() -> set[str]:
    """The names of the domain errors that are given their code (the others set it alone)."""
    _code_enums()  # imports every domain module, so every DomainError subclass is known
    errors: list[type[DomainError]] = [DomainError, *_subclasses(DomainError)]
    return {cls.__name__ for cls in errors if _takes_code(cls)}


def _code_argument(call: ast.Call) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "code":
            return keyword.value
    return call.args[0] if call.args else None


def _aliases(tree: ast.Module) -> dict[str, str]:
    """Other names a module gives imported names (`import X as Y`, `Y = X`)."""
    aliases = {alias.asname or alias.name: alias.name
               for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
               for alias in node.names}
    aliases.update({target.id: node.value.id for node in tree.body
                    if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name)
                    for target in node.targets if isinstance(target, ast.Name)})
    return aliases


def _sources() -> Iterator[Path]:
    for folder in SOURCES:
        yield from sorted((ROOT / folder).rglob("*.py"))


def undeclared_codes(source: str, declared: Mapping[str, set[str]],
                     errors: set[str]) -> list[str]:
    """Codes at the raise sites of `source` that no code enum declares: a bare string (or
    f-string) where a code goes, or `SomeErrorCode.MEMBER` that is not one. Codes in variables
    are left to mypy, which holds them to `ErrorCode`; codes of classes are checked on the
    classes themselves."""
    tree = ast.parse(source)
    aliases = _aliases(tree)
    found: list[str] = []

    def check(value: ast.expr | None, line: int) -> None:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            found.append(f"line {line}: bare code {value.value!r}")
        elif isinstance(value, ast.JoinedStr):
            found.append(f"line {line}: code built from a string")
        elif isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name):
            enum = aliases.get(value.value.id, value.value.id)
            if enum in declared and value.attr not in declared[enum]:
                found.append(f"line {line}: {enum}.{value.attr} is not declared")

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = (func.id if isinstance(func, ast.Name)
                    else func.attr if isinstance(func, ast.Attribute) else "")
            if aliases.get(name, name) in errors:
                check(_code_argument(node), node.lineno)
    return found


def test_every_raise_site_names_a_declared_code() -> None:
    declared, errors = _declared(), _domain_errors()
    problems = [f"{path.relative_to(ROOT)} {problem}" for path in _sources()
                for problem in undeclared_codes(path.read_text(), declared, errors)]
    assert problems == []


def test_every_declared_code_is_used_somewhere() -> None:
    # the schema promises only codes a domain can answer with: a code nobody raises goes
    declared = _declared()
    unused = {name: set(members) for name, members in declared.items()}
    for path in _sources():
        tree = ast.parse(path.read_text())
        aliases = _aliases(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                unused.get(aliases.get(node.value.id, node.value.id), set()).discard(node.attr)
    assert {name: members for name, members in unused.items() if members} == {}


@pytest.mark.parametrize("raise_site", [
    'raise NotFound("shelf_not_found", "no shelf")',
    'raise NotFound(code="shelf_not_found")',
    'raise errors.NotFound(f"{kind}_not_found")',
    'raise NotFound(WalletErrorCode.SHELF_NOT_FOUND, "no shelf")',
    'R = TransferResult\nraise NotFound(R.NO_SHELF)',
    'from models.wallet.errors import WalletErrorCode as W\nraise NotFound(W.SHELF_NOT_FOUND)',
    'from models.errors import NotFound as Missing\nraise Missing("shelf_not_found")',
])
def test_a_raise_site_with_an_undeclared_code_fails_the_check(raise_site: str) -> None:
    declared, errors = _declared(), _domain_errors()
    assert len(undeclared_codes(raise_site, declared, errors)) == 1


def test_a_raise_site_with_a_declared_code_passes_the_check() -> None:
    raise_site = 'raise NotFound(WalletErrorCode.WALLET_NOT_FOUND, "no wallet")'
    assert undeclared_codes(raise_site, _declared(), _domain_errors()) == []


def test_every_domain_error_declares_its_code_in_a_code_enum() -> None:
    _code_enums()
    plain = [cls.__qualname__ for cls in _subclasses(DomainError)
             if not isinstance(cls.code, ErrorCode)]
    assert plain == []


def test_every_declared_code_is_enumerated_in_the_schema() -> None:
    schema = build_schema(Settings(environment="test"))._schema
    for codes in _code_enums():
        graphql_enum = schema.get_type(codes.__name__)
        assert isinstance(graphql_enum, GraphQLEnumType), f"{codes.__name__} is not in the schema"
        assert set(graphql_enum.values) == {code.value for code in codes}


def test_a_code_is_declared_once_in_its_domain() -> None:
    # a second name for a value would make an enum alias, which the schema would not list
    aliases = [f"{codes.__name__}.{name}" for codes in _code_enums()
               for name, code in codes.__members__.items() if code.name != name]
    assert aliases == []
