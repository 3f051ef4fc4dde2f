"""Each action a type offers in `allowedActions` follows the rule of the operation it stands
for, so a button is offered exactly to those the operation admits."""

from __future__ import annotations

import pytest
from strawberry.types.base import StrawberryObjectDefinition

from api.permissions import rule_of
from etebar.domains.compose import build_schema
from models.billing import actions as order_actions
from models.identity.access import Rule
from models.platform.settings import Settings
from models.wallet.cashouts import actions as cash_out_actions
from models.wallet.deposits import actions as deposit_actions
from models.wallet.topups import actions as top_up_actions

ACTIONS: list[tuple[str, str, Rule]] = [
    (f"{module.__name__}:{action}", operation, rule)
    for module in (order_actions, deposit_actions, cash_out_actions, top_up_actions)
    for action, (operation, rule) in module.OPERATIONS.items()]


def _mutations() -> dict[str, object]:
    schema = build_schema(Settings(environment="test"))
    definition = schema.get_type_by_name("Mutation")
    assert isinstance(definition, StrawberryObjectDefinition)
    return {schema.config.name_converter.from_field(field): field
            for field in definition.fields}


MUTATIONS = _mutations()


@pytest.mark.parametrize(("action", "operation", "rule"), ACTIONS,
                         ids=[a for a, _, _ in ACTIONS])
def test_each_action_follows_the_rule_of_its_operation(action: str, operation: str,
                                                       rule: Rule) -> None:
    assert operation in MUTATIONS, f"{action} names no mutation {operation}"
    assert rule_of(MUTATIONS[operation]) == rule
