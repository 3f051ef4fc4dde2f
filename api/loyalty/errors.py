"""The loyalty clubs' refusals in the schema: the domain's codes, answered through the common
error types (InvalidInput, NotFoundError, ConflictError, NotAllowedError, SignInFailed), and the
types of those a client handles on their own (a rule's condition and effects)."""

from __future__ import annotations

import strawberry

from api.errors import DomainErrors, UserError, declare_error
from models.loyalty.conditions import InvalidCondition
from models.loyalty.effects import InvalidEffect, RewardNotUsed
from models.loyalty.errors import LoyaltyErrorCode
from models.loyalty.segments import InvalidSegment


@strawberry.type(description="A rule's condition is malformed or does not type-check; `field` "
                             "is the path of the bad clause (condition.all[2].value).")
class InvalidConditionError(UserError):
    pass


@strawberry.type(description="A rule's effect is malformed (invalid_effect) or gives a kind of "
                             "reward the club does not use (reward_not_used); `field` names it "
                             "(effects[1].cap).")
class InvalidEffectError(UserError):
    pass


@strawberry.type(description="A segment's definition is malformed or out of range; `field` is "
                             "the path of the bad part (definition.all[2].value).")
class InvalidSegmentError(UserError):
    pass


LOYALTY_ERRORS = DomainErrors(codes=(LoyaltyErrorCode,), errors=(
    declare_error(InvalidCondition, InvalidConditionError),
    declare_error(InvalidEffect, InvalidEffectError),
    declare_error(RewardNotUsed, InvalidEffectError),
    declare_error(InvalidSegment, InvalidSegmentError),
))
