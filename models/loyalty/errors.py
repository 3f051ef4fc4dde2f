"""The loyalty clubs' typed refusals. Each part of the domain keeps its codes in its own block."""

from __future__ import annotations

from models.errors import ErrorCode


class LoyaltyErrorCode(ErrorCode):
    """Codes of the loyalty clubs' refusals."""

    # clubs, merchants, terminals, members and cards (models.loyalty.clubs, members, cards)
    CLUB_NOT_FOUND = "club_not_found"
    CLUB_ROLE_REQUIRED = "club_role_required"
    NOT_A_CLUB_OWNER = "not_a_club_owner"
    NOT_A_MERCHANT = "not_a_merchant"
    INVALID_TIMEZONE = "invalid_timezone"
    INVALID_REWARDS = "invalid_rewards"
    INVALID_FEE = "invalid_fee"
    FEE_NEEDS_PLATFORM_STAFF = "fee_needs_platform_staff"
    INVALID_POINT_VALUE = "invalid_point_value"
    INVALID_SPLIT_TERMS = "invalid_split_terms"
    CATEGORY_NOT_FOUND = "category_not_found"
    CATEGORY_EXISTS = "category_exists"
    INVALID_CATEGORY = "invalid_category"
    STAFF_NOT_FOUND = "staff_not_found"
    MERCHANT_NOT_FOUND = "merchant_not_found"
    MERCHANT_EXISTS = "merchant_exists"
    MERCHANT_SUSPENDED = "merchant_suspended"
    MARKETER_NOT_FOUND = "marketer_not_found"
    GROUP_NOT_FOUND = "group_not_found"
    GROUP_EXISTS = "group_exists"
    BRANCH_NOT_FOUND = "branch_not_found"
    TERMINAL_NOT_FOUND = "terminal_not_found"
    TERMINAL_EXISTS = "terminal_exists"
    TERMINAL_INACTIVE = "terminal_inactive"
    TERMINAL_KEY_NOT_FOUND = "terminal_key_not_found"
    INVALID_TERMINAL_KEY = "invalid_terminal_key"
    INVALID_NAME = "invalid_name"
    MEMBER_NOT_FOUND = "member_not_found"
    INVALID_CARD_NUMBER = "invalid_card_number"
    CARD_ALREADY_REGISTERED = "card_already_registered"
    CARD_NOT_FOUND = "card_not_found"
    INVALID_IDENTIFIER = "invalid_identifier"

    # rules (models.loyalty.rules, conditions, effects)
    INVALID_CONDITION = "invalid_condition"
    INVALID_EFFECT = "invalid_effect"
    INVALID_RULE = "invalid_rule"
    REWARD_NOT_USED = "reward_not_used"  # the club does not use that reward kind
    RULE_NOT_FOUND = "rule_not_found"
    RULE_ARCHIVED = "rule_archived"

    # purchases (models.loyalty.purchases, returns)
    PURCHASE_AMOUNT_MUST_BE_POSITIVE = "purchase_amount_must_be_positive"
    LINES_MUST_SUM_TO_AMOUNT = "lines_must_sum_to_amount"
    INVALID_LINE = "invalid_line"
    INVALID_REFERENCE = "invalid_reference"
    INSUFFICIENT_CREDIT = "insufficient_credit"
    INSUFFICIENT_POINTS = "insufficient_points"
    POINTS_NOT_REDEEMABLE = "points_not_redeemable"
    PAYMENT_EXCEEDS_BILL = "payment_exceeds_bill"
    IDEMPOTENCY_CONFLICT = "idempotency_conflict"
    PURCHASE_NOT_FOUND = "purchase_not_found"
    RETURN_EXCEEDS_PURCHASE = "return_exceeds_purchase"
    RETURN_AMOUNT_MUST_BE_POSITIVE = "return_amount_must_be_positive"
    PURCHASE_VOIDED = "purchase_voided"
    VOID_NOT_SAME_DAY = "void_not_same_day"
    VOID_AFTER_RETURN = "void_after_return"
    INVALID_CHANNEL = "invalid_channel"

    # settlement (models.loyalty.split, settlement, statement)
    SETTLEMENT_PERIOD_NOT_ENDED = "settlement_period_not_ended"
    SETTLEMENT_BATCH_NOT_FOUND = "settlement_batch_not_found"
    INVALID_STATEMENT_PERIOD = "invalid_statement_period"

    # lottery draws (models.loyalty.draws)
    DRAW_NOT_FOUND = "draw_not_found"
    INVALID_PRIZE = "invalid_prize"
    DRAW_CUTOFF_NOT_IN_FUTURE = "draw_cutoff_not_in_future"
    DRAW_CUTOFF_NOT_REACHED = "draw_cutoff_not_reached"
    DRAW_CANCELLED = "draw_cancelled"
    DRAW_NOT_CANCELLABLE = "draw_not_cancellable"
    # referrals (models.loyalty.referrals)
    INVALID_REFERRAL_SETTINGS = "invalid_referral_settings"
    REFERRALS_OFF = "referrals_off"
    REFERRAL_CODE_NOT_FOUND = "referral_code_not_found"
    SELF_REFERRAL = "self_referral"
    ALREADY_ENROLLED = "already_enrolled"  # a member enrolled before is referred by no one
    # merchant tools: attendance, cash book, appointments (models.loyalty.attendance, cash_book,
    # appointments)
    INVALID_STAFF_CODE = "invalid_staff_code"
    INVALID_PIN = "invalid_pin"
    MERCHANT_STAFF_EXISTS = "merchant_staff_exists"
    MERCHANT_STAFF_NOT_FOUND = "merchant_staff_not_found"
    WRONG_STAFF_CODE_OR_PIN = "wrong_staff_code_or_pin"
    STAFF_PIN_LOCKED = "staff_pin_locked"
    ALREADY_CHECKED_IN = "already_checked_in"
    NOT_CHECKED_IN = "not_checked_in"
    CASH_AMOUNT_MUST_BE_POSITIVE = "cash_amount_must_be_positive"
    INVALID_CASH_ENTRY = "invalid_cash_entry"
    CASH_ENTRY_NOT_FOUND = "cash_entry_not_found"
    CASH_ENTRY_REVERSED = "cash_entry_reversed"
    INVALID_REPORT_PERIOD = "invalid_report_period"
    INVALID_SLOT = "invalid_slot"
    SLOT_NOT_FOUND = "slot_not_found"
    SLOT_FULL = "slot_full"
    SLOT_STARTED = "slot_started"
    BOOKING_NOT_FOUND = "booking_not_found"
    # federations (models.loyalty.federation)
    FEDERATION_NOT_FOUND = "federation_not_found"
    FEDERATION_EXISTS = "federation_exists"
    NOT_A_FEDERATION_MEMBER = "not_a_federation_member"
    FEDERATION_AGREEMENT_NOT_FOUND = "federation_agreement_not_found"
    FEDERATION_AGREEMENT_EXISTS = "federation_agreement_exists"
    FEDERATION_AGREEMENT_NOT_PROPOSED = "federation_agreement_not_proposed"
    INVALID_FEDERATION_AGREEMENT = "invalid_federation_agreement"
    # event rules and campaigns (models.loyalty.event_rules, campaigns, profiles)
    INVALID_TRIGGER = "invalid_trigger"
    CAMPAIGN_NOT_FOUND = "campaign_not_found"
    INVALID_CAMPAIGN = "invalid_campaign"
    CAMPAIGN_NOT_EDITABLE = "campaign_not_editable"
    INVALID_PROFILE = "invalid_profile"

    # segments (models.loyalty.segments)
    INVALID_SEGMENT = "invalid_segment"
    SEGMENT_NOT_FOUND = "segment_not_found"
    SEGMENT_EXISTS = "segment_exists"
    SEGMENT_ARCHIVED = "segment_archived"
    # tiers (models.loyalty.tiers)
    INVALID_TIER_LADDER = "invalid_tier_ladder"
    INVALID_TIER_POLICY = "invalid_tier_policy"
    TIER_NOT_FOUND = "tier_not_found"
    TIER_IN_USE = "tier_in_use"
    # sub-clubs and member groups (models.loyalty.sub_clubs, member_groups)
    SUB_CLUB_TOO_DEEP = "sub_club_too_deep"
    INVALID_RULE_OVERRIDE = "invalid_rule_override"
    MEMBER_GROUP_NOT_FOUND = "member_group_not_found"
    MEMBER_GROUP_EXISTS = "member_group_exists"
    MEMBER_GROUP_CLOSED = "member_group_closed"
    MEMBER_IN_ANOTHER_GROUP = "member_in_another_group"
    INVALID_GROUP_LIMIT = "invalid_group_limit"
    INVALID_GROUP_CREDIT = "invalid_group_credit"
