"""The concrete SMS adapters: `catcher` (a table, for development and tests) and `kavenegar`
(Kavenegar's REST API); `etebar/sms.py` builds the one `ETEBAR_NOTIFY__SMS_ADAPTER` names."""
