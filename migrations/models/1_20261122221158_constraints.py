from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    # Second guards the models cannot express: CHECKs on totals and flags, immutable history.
    return """
        ALTER TABLE "ledger_account"
            ADD CONSTRAINT "ledger_account_totals_not_negative" CHECK (
                debits_pending >= 0 AND debits_posted >= 0
                AND credits_pending >= 0 AND credits_posted >= 0),
            ADD CONSTRAINT "ledger_account_credit_limit_not_negative" CHECK (credit_limit >= 0),
            ADD CONSTRAINT "ledger_account_one_balance_flag" CHECK (
                NOT (debits_must_not_exceed_credits AND credits_must_not_exceed_debits)),
            ADD CONSTRAINT "ledger_account_debits_within_credits" CHECK (
                NOT debits_must_not_exceed_credits
                OR debits_pending::numeric + debits_posted <= credits_posted::numeric + credit_limit),
            ADD CONSTRAINT "ledger_account_credits_within_debits" CHECK (
                NOT credits_must_not_exceed_debits
                OR credits_pending::numeric + credits_posted <= debits_posted::numeric + credit_limit);
        ALTER TABLE "ledger_transfer"
            ADD CONSTRAINT "ledger_transfer_amount_positive" CHECK (amount > 0),
            ADD CONSTRAINT "ledger_transfer_accounts_differ" CHECK (
                debit_account_id <> credit_account_id),
            ADD CONSTRAINT "ledger_transfer_kind_known" CHECK (
                kind IN ('single_phase', 'pending', 'post_pending', 'void_pending')),
            ADD CONSTRAINT "ledger_transfer_pending_reference" CHECK (
                (kind IN ('post_pending', 'void_pending')) = (pending_id IS NOT NULL));
        ALTER TABLE "ledger_pending_transfer"
            ADD CONSTRAINT "ledger_pending_state_known" CHECK (
                state IN ('pending', 'posted', 'voided', 'expired'));
        CREATE OR REPLACE FUNCTION ledger_history_is_immutable() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'ledger history is immutable: % on % refused', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'restrict_violation';
            END $$;
        CREATE TRIGGER "ledger_transfer_immutable" BEFORE UPDATE OR DELETE ON "ledger_transfer"
            FOR EACH ROW EXECUTE FUNCTION ledger_history_is_immutable();
        CREATE TRIGGER "ledger_account_event_immutable"
            BEFORE UPDATE OR DELETE ON "ledger_account_event"
            FOR EACH ROW EXECUTE FUNCTION ledger_history_is_immutable();
        """


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS "ledger_account_event_immutable" ON "ledger_account_event";
        DROP TRIGGER IF EXISTS "ledger_transfer_immutable" ON "ledger_transfer";
        DROP FUNCTION IF EXISTS ledger_history_is_immutable();
        ALTER TABLE "ledger_pending_transfer" DROP CONSTRAINT "ledger_pending_state_known";
        ALTER TABLE "ledger_transfer"
            DROP CONSTRAINT "ledger_transfer_amount_positive",
            DROP CONSTRAINT "ledger_transfer_accounts_differ",
            DROP CONSTRAINT "ledger_transfer_kind_known",
            DROP CONSTRAINT "ledger_transfer_pending_reference";
        ALTER TABLE "ledger_account"
            DROP CONSTRAINT "ledger_account_totals_not_negative",
            DROP CONSTRAINT "ledger_account_credit_limit_not_negative",
            DROP CONSTRAINT "ledger_account_one_balance_flag",
            DROP CONSTRAINT "ledger_account_debits_within_credits",
            DROP CONSTRAINT "ledger_account_credits_within_debits";
        """


MODELS_STATE = (
    "eJztXW1z4jgS/isqf5qryk0l5HW4q6siCZnhZgKphNnd2smWVmABrtiS1xIh1F7++0k2fr"
    "eJ7RgwHn+ZCZJayE/LUvfTLfG3YlAV6+xjZzymc8KVNvhbIcjA4o9o1QFQkGn6FbKAo5Fu"
    "t9WxOsUWRIG2I8YtNJZdTpDOsChSMRtbmsk1SkQpmeu6LKRj0VAjU79oTrS/5hhyOsV8hi"
    "1R8eMPUawRFb9gJj/+cL9QU+V3jcWAlD9kG/MJTjSsq6EHcRrZ5ZAvTbvsUpv2CL+x28pR"
    "jOCY6nOD+O3NJZ9R4glozmNNMcEW4lh+A7fm8rHkqFc4uE/qPIHfxBl6QEbFEzTXeQCGEf"
    "TLFAj7gyF86A4hVHIAN6ZEgi6GymwApnII//zUah0fn7cOj88uTk/Oz08vDi8OpMZEXbzq"
    "/NUZjI+W05WNWe9zrz+UA6JCs47iZcGrLYM4cqRsDfno28qJ4X81Q1Yy+m77CP7iwaL4u2"
    "ivU4Bb4GvAn43FVaAsZoiDJ9EpoBOwmvVtMJ4zTg0xLRdI17E9XzJoyUAvUMdkymfi49nJ"
    "GgX80rm/+tK5/3B28o+wFvqrmpZdJfXh408XArE8CvAECmlgNcHXKGCrr0AI3KPWRQZ0Ra"
    "tUeO26ML72/zngddtvb34rylbQbR0eZkBXtEpF164Lo4tfOLYI0mHSIp4OckSslJm827V8"
    "8xOZLRnHBnzCyzxIh6XqBvSnsww4fzpLhVlWhVFW8UjjDBpiq4CEcohfxhircGxhVZQnGC"
    "qU6hiRZPDf7iyikJHobVPLjFeyAa2ss0oGg2+yZ4Oxv3THTInYKP3vt5dd8TrYWhKNNB4y"
    "XQKmioNbDE8H5py6ebuzRje5dQN1zdB4PnM+Kvm2YV8W6oc1MOwDGtApw0mu1Nq3wBNqZn"
    "uO2b5a2E1MVDmYXPM9LtvM+GIz3kWSMp448TMowRNtdFBw1Vlto4VehQThRg/v1EOBlyEu"
    "22ihmBaescXkQHPBHxCqLO4Kw6JvMsYCbmOELcmr8RkGOmIc4GdMsrJpO1GLgTmSBGhcL/"
    "99GPSTtRKUiahF1cYc/A/oGtuYepR/T+ZkLMEHo7mmc42wj/Jr/7MprmgNxhKjkN3k+s8f"
    "bju/RV3rq2+DSxsysZZMLbsXu4PL+HolIYMowVu4FjVcM3DqahWQjKpmJfrR/aM6pHT2pU"
    "s8oDog+lJxqJU1qhn2brsPw87tXUg/151hV9a07NJlpPRDlA7xOgG/9oZfgPwIfh/0u1E1"
    "eu2GvytyTGjOqfCcFxCpARbILXVRC2k9FBbKSmGFhKocdijKFmYhsY7SSawjm8SS4bXJU2"
    "KIxwEwDvkNtbA2JV/x0ga+J8aIxBKfAPMq1vjN62jPAH9155Rb6s9XCy28mGR4qonnF0+N"
    "HR/wXkz9+96V2Fkk0CM0flogS4UhxGUNbdFIidc2XmW0jGgJImhq4yMfRA47HObt2ltteh"
    "i4627FWWPB0Nu834wIK0Ox4dM5H9GXNqAEA4sugClsgVVXYDxDZCrkHBMBq6HKhSZm1JyD"
    "KTLZx6ixUHLXCRHqH4r7wI5yXXvGiUsHYtdNmLqSYWpPX7l0EJTanm1dE2XsP91VW0XsF+"
    "NVOzXsL+lVX1XsGe9VR0U0Dn1ubqVKDryLyVoPPmxFZ3/XwnLNe1b4PRMDIGySQqKs00BE"
    "sFFBLhWsoVcCWdXv5FcCudx7poisBEt4GUhhWJKmewnoDgNd1RTeyDteKQZrRR4mcFc+rf"
    "gma+VTmW/TVR0CEGPY4YeAMPQAXRAgVMrbLnXEACIqcFFjgOBnbAFDewF8QYHzZQlsVak9"
    "v32cIpWS2m3ufoXyQMuh0A/W8E/VTyPfHtiZEsmP1iSSH8UTyeXLkwdft32V8VWYIQ+aML"
    "5aGiwNiR5MKmA9AJhwa5kxaB6C/7iVAf3jVir4sqpx3X7OWGzMik03BWL2bVKC9Ury5us9"
    "1hFPTmKprW37uklr6c5hBz2bNcFsijbJYj+tSEcYNKuzBf6Edc2xfZwOrDrxrJt/2alA7i"
    "dpD2F9IgWWDGiGMbcHkRzzK6XXd1hQ1fKmmzifYk+IZEOgS+ZGzNULh/tc4S0e3gvQ+HlM"
    "g7tu/7rX/9x2p/0juRs8DLvXosBmox/JL4Petfz8TDVVfu7+dte7lwX4xdQsh6/elZ0cPA"
    "AoB8MK2A5hyRJsh2odbd0TSyET6Su6ovqzsPNGy9wLZVy20Fr5tnJ/PuIxAO126bGKKSMr"
    "OxafiiUQZFmoygHBQyr+2QJRuVMTYoM05buM6XVWdC7zOZ/ZLDTuW6rAoM/YEF6/tHb/RI"
    "Z0hv4EE4sawva1kzO8fDZORZETnHbL4tZz2Z1nudXFwuLZZT6VM2OlWr0SoUrR/oeTZwLD"
    "PL9btzrqmVzpuibyc5OEV0njXBiihkm50Pcy7z0ECaK1Y6E3csOGJVMYGYeqNsUsF0Ual6"
    "wyWVoQ8/Iv5HFWz3zLjC/ThNWLZxDV8yaqpc1jGZTgpb1NF3Lcy5/m8nasojyLK1tp5B96"
    "/c/fuvDuS+eh2wZMYK1jaM4Qw48kmX2BfrFwoKFXJ5kYv07yMcHkzd1zMJIfoXMOGRZfrC"
    "bw9OksZlyyRt556+jk/OTi+OzEW7a8knWrVXxlitu92ffgqOSGbm2r1RYc8ioKoV3ivWKV"
    "wnojN4s1x6Ob49E7369/SmI9kRDJe4ABNrnVZR6vKqyNJOlGGYWV0dwVsBXnIUC75prtYb"
    "kaeQ27jek1dzWUeVdD6uJeAsD1S2iLIpy0oWUAOmyVNEhnQDrRkMsAdeoB5Cb6H8M4vGFt"
    "9mhMfHtNyWtzM2jdDIG382gTsj7roa/XvDfimNqQPmGiJN2G49YdrAvqayomXONLiEwNcq"
    "/9Jn8ZpQlsVzKw3Zzu2ezpHtPCE+0lD8K+RJUxVthMnvzjFHCs68BeQxhAJrIK/brMBkJD"
    "ckRwhtgsD/hhqdrlaZQfsGjo2nTo63WCKsRQIcbhnBXSe1R2K/nvDU8fV3TGBPhnsSQW0X"
    "NYstFylbUsfLTJJDcRGpRq6P6yeFAb1RJ4jQfZz3dWayY0OANDvMZV5+Gqc93d1Y0fPvYJ"
    "LnpIMRl8dOch5yxj8n3jpO/linCwxknHBtL0PG6MJ1A7D6Z1msWFEa3SM81PY05MQ4JsNp"
    "PfRIwtqFhU87rjMcEG8YxnJ6he+Cy5K7vFo+TUlH1SS8mHuDL4td+9bwP7h4EfSef6ttdv"
    "A6QaGnkkg7vufWc4kNWr3h/JZefqKxzc3PSuum0gt3pIJxNtjB/Jw/e7u8H9sA3Y3DRpVU"
    "gsjUGx1WvPSfGTdT9uF5Lb4u/bufvC3v68XUNnpc/1etFZhS4Ecmju9GBmpuuAAhG6PZsC"
    "O7kPqIMtbTxTkmKdTs3BOi8K+W0q4zj9LF7TO0+hpPtDqT82l25Jpv/UXC1syNPTTF7R6R"
    "qv6DR2HFS8VDkQXjWvIbobCQyLb+Q4KUks/eRJQGT7B092w6SXdsQkx3Zf/mb2+n/u3rR7"
)
