"""The loyalty clubs' manifest: clubs, merchants, terminals, members and their cards, rules,
purchases at the point of sale and their settlement split."""

from __future__ import annotations

from api.loyalty.errors import LOYALTY_ERRORS
from api.loyalty.rules import RuleMutation, RuleQuery
from etebar.domains.base import Domain

DOMAIN = Domain(
    name="loyalty",
    models=("models.loyalty.tables",),
    queries=(RuleQuery,),
    mutations=(RuleMutation,),
    errors=LOYALTY_ERRORS,
)
