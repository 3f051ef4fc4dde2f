from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "ledger_ledger" (
    "code" VARCHAR(16) NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "unit" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "ledger_ledger"."unit" IS 'smallest unit: rial, point, entry';
COMMENT ON TABLE "ledger_ledger" IS 'An asset with its own unit: accounts and transfers never mix two ledgers.';
CREATE TABLE IF NOT EXISTS "ledger_account" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL,
    "owner" VARCHAR(128),
    "name" VARCHAR(200) NOT NULL,
    "external_id" VARCHAR(128) UNIQUE,
    "system_key" VARCHAR(96) UNIQUE,
    "debits_must_not_exceed_credits" BOOL NOT NULL,
    "credits_must_not_exceed_debits" BOOL NOT NULL,
    "credit_limit" BIGINT NOT NULL,
    "closed" BOOL NOT NULL,
    "debits_pending" BIGINT NOT NULL,
    "debits_posted" BIGINT NOT NULL,
    "credits_pending" BIGINT NOT NULL,
    "credits_posted" BIGINT NOT NULL,
    "version" BIGINT NOT NULL,
    "metadata" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "ledger_id" VARCHAR(16) NOT NULL REFERENCES "ledger_ledger" ("code") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_ledger_acco_owner_c53f02" ON "ledger_account" ("owner");
CREATE INDEX IF NOT EXISTS "idx_ledger_acco_ledger__4ffc0a" ON "ledger_account" ("ledger_id", "code");
COMMENT ON COLUMN "ledger_account"."code" IS 'what kind of account: customer_wallet';
COMMENT ON COLUMN "ledger_account"."version" IS 'sequence number of the last event';
CREATE TABLE IF NOT EXISTS "ledger_transfer" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "idempotency_key" VARCHAR(200) NOT NULL UNIQUE,
    "request_digest" VARCHAR(64) NOT NULL,
    "amount" BIGINT NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "timeout_seconds" INT,
    "reference_type" VARCHAR(64),
    "reference_id" VARCHAR(128),
    "metadata" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "credit_account_id" BIGINT NOT NULL REFERENCES "ledger_account" ("id") ON DELETE RESTRICT,
    "debit_account_id" BIGINT NOT NULL REFERENCES "ledger_account" ("id") ON DELETE RESTRICT,
    "ledger_id" VARCHAR(16) NOT NULL REFERENCES "ledger_ledger" ("code") ON DELETE RESTRICT,
    "pending_id" BIGINT REFERENCES "ledger_transfer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_ledger_tran_referen_20fcc2" ON "ledger_transfer" ("reference_type", "reference_id");
CREATE INDEX IF NOT EXISTS "idx_ledger_tran_debit_a_90de14" ON "ledger_transfer" ("debit_account_id", "id");
CREATE INDEX IF NOT EXISTS "idx_ledger_tran_credit__15e009" ON "ledger_transfer" ("credit_account_id", "id");
CREATE INDEX IF NOT EXISTS "idx_ledger_tran_pending_2d33fa" ON "ledger_transfer" ("pending_id");
COMMENT ON COLUMN "ledger_transfer"."code" IS 'why the money moved';
COMMENT ON COLUMN "ledger_transfer"."kind" IS 'SINGLE_PHASE: single_phase\nPENDING: pending\nPOST_PENDING: post_pending\nVOID_PENDING: void_pending';
COMMENT ON TABLE "ledger_transfer" IS 'One immutable movement of `amount` from a debit account to a credit account.';
CREATE TABLE IF NOT EXISTS "ledger_account_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "sequence" BIGINT NOT NULL,
    "debits_pending" BIGINT NOT NULL,
    "debits_posted" BIGINT NOT NULL,
    "credits_pending" BIGINT NOT NULL,
    "credits_posted" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" BIGINT NOT NULL REFERENCES "ledger_account" ("id") ON DELETE RESTRICT,
    "transfer_id" BIGINT NOT NULL REFERENCES "ledger_transfer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_ledger_acco_account_7da411" UNIQUE ("account_id", "sequence")
);
COMMENT ON TABLE "ledger_account_event" IS 'The outbox: one row per account change, numbered per account without gaps.';
CREATE TABLE IF NOT EXISTS "ledger_pending_transfer" (
    "state" VARCHAR(16) NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "resolved_by_id" BIGINT REFERENCES "ledger_transfer" ("id") ON DELETE RESTRICT,
    "transfer_id" BIGINT NOT NULL PRIMARY KEY REFERENCES "ledger_transfer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_ledger_pend_expires_2af1c3" ON "ledger_pending_transfer" ("expires_at");
COMMENT ON COLUMN "ledger_pending_transfer"."state" IS 'PENDING: pending\nPOSTED: posted\nVOIDED: voided\nEXPIRED: expired';
COMMENT ON TABLE "ledger_pending_transfer" IS 'The state of a pending transfer; the transfer itself stays immutable.';
CREATE TABLE IF NOT EXISTS "identity_staff_user" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "password_hash" VARCHAR(200) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "identity_staff_user"."role" IS 'OWNER: owner\nADMIN: admin\nOPERATOR: operator\nBACK_OFFICE: back_office\nSUPPORT: support';
CREATE TABLE IF NOT EXISTS "identity_api_token" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "staff_id" BIGINT NOT NULL REFERENCES "identity_staff_user" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "identity_api_token"."prefix" IS 'shown to tell tokens apart';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
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
