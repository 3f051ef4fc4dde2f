from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "loyalty_referral_reward" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "referral_id" BIGINT NOT NULL,
    "referrer_id" BIGINT NOT NULL,
    "invitee_id" BIGINT NOT NULL,
    "level" SMALLINT NOT NULL,
    "reason" VARCHAR(16) NOT NULL,
    "purchase_id" BIGINT,
    "kind" VARCHAR(16) NOT NULL,
    "amount" BIGINT NOT NULL,
    "returned_amount" BIGINT NOT NULL,
    "lot_id" BIGINT,
    "key" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_loyalty_ref_club_id_955363" UNIQUE ("club_id", "key")
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_ref_club_id_eb520d" ON "loyalty_referral_reward" ("club_id", "purchase_id");
CREATE INDEX IF NOT EXISTS "idx_loyalty_ref_club_id_e31460" ON "loyalty_referral_reward" ("club_id", "referrer_id");
COMMENT ON COLUMN "loyalty_referral_reward"."reason" IS 'ENROLMENT: enrolment\nFIRST_PURCHASE: first_purchase\nSHARE: share';
COMMENT ON COLUMN "loyalty_referral_reward"."kind" IS 'DISCOUNT: discount\nMERCHANT_CREDIT: merchant_credit\nCLUB_CREDIT: club_credit\nVIRTUAL_CREDIT: virtual_credit\nPOINTS: points\nLOTTERY: lottery\nREDEEM_CREDIT: redeem_credit\nREDEEM_POINTS: redeem_points\nFEE: fee\nDEBT: debt';
COMMENT ON TABLE "loyalty_referral_reward" IS 'One reward a referral paid its referrer, once per `key`; `returned_amount` is what';
        CREATE TABLE IF NOT EXISTS "loyalty_referral_settings" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "enabled" BOOL NOT NULL,
    "reward_kind" VARCHAR(16) NOT NULL,
    "enrolment_reward" BIGINT NOT NULL,
    "first_purchase_reward" BIGINT NOT NULL,
    "share_bp_1" INT NOT NULL,
    "share_bp_2" INT NOT NULL,
    "share_bp_3" INT NOT NULL,
    "period_days" INT NOT NULL,
    "cap" BIGINT,
    "updated_by" VARCHAR(64) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_loyalty_ref_club_id_efe73a" UNIQUE ("club_id")
);
COMMENT ON COLUMN "loyalty_referral_settings"."reward_kind" IS 'points or club_credit';
COMMENT ON COLUMN "loyalty_referral_settings"."enrolment_reward" IS 'to the direct referrer';
COMMENT ON COLUMN "loyalty_referral_settings"."first_purchase_reward" IS 'to the direct referrer';
COMMENT ON COLUMN "loyalty_referral_settings"."share_bp_1" IS 'of what the invitee pays, level 1';
COMMENT ON COLUMN "loyalty_referral_settings"."share_bp_2" IS 'level 2 (the referrer''s referrer)';
COMMENT ON COLUMN "loyalty_referral_settings"."share_bp_3" IS 'level 3';
COMMENT ON COLUMN "loyalty_referral_settings"."period_days" IS 'shares are earned this long after the invitee enrolled';
COMMENT ON COLUMN "loyalty_referral_settings"."cap" IS 'per (referrer, invitee), in the reward''s unit; null: no cap';
COMMENT ON TABLE "loyalty_referral_settings" IS 'A club''s referral programme; no row (or `enabled` false): referral codes are refused.';
        CREATE TABLE IF NOT EXISTS "loyalty_referral" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "level" SMALLINT NOT NULL,
    "reward_kind" VARCHAR(16) NOT NULL,
    "enrolled_at" TIMESTAMPTZ NOT NULL,
    "paid" BIGINT NOT NULL,
    "first_purchase_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "invitee_id" BIGINT NOT NULL REFERENCES "loyalty_member" ("id") ON DELETE RESTRICT,
    "referrer_id" BIGINT NOT NULL REFERENCES "loyalty_member" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_loyalty_ref_club_id_86a1c5" UNIQUE ("club_id", "invitee_id", "level")
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_ref_club_id_cd5ee3" ON "loyalty_referral" ("club_id", "referrer_id");
COMMENT ON COLUMN "loyalty_referral"."reward_kind" IS 'DISCOUNT: discount\nMERCHANT_CREDIT: merchant_credit\nCLUB_CREDIT: club_credit\nVIRTUAL_CREDIT: virtual_credit\nPOINTS: points\nLOTTERY: lottery';
COMMENT ON COLUMN "loyalty_referral"."first_purchase_id" IS 'the purchase whose first-purchase reward stands';
COMMENT ON TABLE "loyalty_referral" IS '`referrer` is `level` steps above `invitee` in the chain of referrals (1: the member whose';
        CREATE TABLE IF NOT EXISTS "loyalty_referral_code" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" BIGINT NOT NULL REFERENCES "loyalty_member" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_loyalty_ref_club_id_2259f2" UNIQUE ("club_id", "code"),
    CONSTRAINT "uid_loyalty_ref_club_id_8e75b4" UNIQUE ("club_id", "member_id")
);
COMMENT ON TABLE "loyalty_referral_code" IS 'A member''s referral code, made the first time they ask for it.';
        ALTER TABLE "loyalty_referral"
            ADD CONSTRAINT "loyalty_referral_level_known" CHECK ("level" BETWEEN 1 AND 3),
            ADD CONSTRAINT "loyalty_referral_paid_not_negative" CHECK ("paid" >= 0);
        ALTER TABLE "loyalty_referral_reward"
            ADD CONSTRAINT "loyalty_referral_reward_amount_positive" CHECK ("amount" > 0),
            ADD CONSTRAINT "loyalty_referral_reward_returned_within" CHECK (
                "returned_amount" BETWEEN 0 AND "amount");
        ALTER TABLE "loyalty_referral_settings"
            ADD CONSTRAINT "loyalty_referral_settings_in_range" CHECK (
                "enrolment_reward" >= 0 AND "first_purchase_reward" >= 0
                AND "share_bp_1" BETWEEN 0 AND 10000 AND "share_bp_2" BETWEEN 0 AND 10000
                AND "share_bp_3" BETWEEN 0 AND 10000 AND "period_days" >= 0
                AND ("cap" IS NULL OR "cap" > 0));"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "loyalty_referral_reward";
        DROP TABLE IF EXISTS "loyalty_referral_code";
        DROP TABLE IF EXISTS "loyalty_referral_settings";
        DROP TABLE IF EXISTS "loyalty_referral";"""


MODELS_STATE = (
    "eJztfe1z4kiS979SwZd2RzD9TLtnZmfpiYnANt3Dtm18gLtnbrmQCyiM1kLSqYTd3N3+70"
    "9lld6RsEoWUODaD7NtSVkSmfWS+cu3/20snCmx6Lu2aw6dB2I3Wuh/GzZeEPaPtXtN1MCu"
    "G9+BCz4eW/xhc0ps3/RXBnZNw4+eH1PfwxOfPTHDFiXs0pTQiWe6vunA2+ylZcFFZ8IeNO"
    "37+NLSNv97SdhQ98SfE4/d+Od/scumPSXfCQ3/dB+MmUmsaerDzSm8m183/JXLr52Z913b"
    "/8SfhReOjYljLRd2/Ly78ueOHRGYtg9X74lNPOwTeIPvLeEXwAcGPzv8UeJj40fEVyZopm"
    "SGl5af+MVjI77WMIzr3tAYdIaG0ZDg0cSxgb/sUylnwD18wg9/Pz398OFvpz9++OXXn3/6"
    "299+/vXHX9mz/HvXb/3t3+JjYm6JoTjPup+710P4IIcJUcgZLvyb02AfCyoujJj7/P/X+H"
    "8+x14+98PnM/xnPyzL/5DbmwQQXoglEE+8XYhggb8bFrHv/Tn78/2PP25g79d2//yPdv+E"
    "PfU2zeTr4NapuAf8jvnremRmfpfhcEyhMo8bdO482ch3kE8sC/E9hCLsYo8vRGne/1KG9b"
    "8Uc/6XLOP5FxlzTOcyzE9T1SOA/e4yKTb/8lMJNv/yUyGb4VaazQ/sZ8kwOHx+d3ObHYNm"
    "Q3JyMxLkeIgSSuGKEhOafHdNj1AD++v8vmA8880Fyed5mjLD+WlA+i78Rwk5BBN461uMYD"
    "9FxJ5+RO2bLnogK4oWeIVsp+Q2s0EKw+5VZzBsX93ASAtK/9virGwPO3DnlF9dZa6eZCUW"
    "DYK+dYd/IPgT/WfvusM57VD/3uNvjJ8b/mcDvgkvfcewnScDT5P8Ci+Hl1IzYOIRkEmFGZ"
    "CmrGEGKHeSsx847dnWKpidByL2YCFtlLqFqW8saSW5Z2kPZu2XFvyBCLrU+vbII1M/qsg5"
    "TamlrLKUqY9nM0PW6k1SPW/7HsKOvTPzF5CH2UOu9cu5ui6IT45HzHv7C1lxYXTZh2N7km"
    "f3BqjLAMa5pUQhA012bcVX4+Xv4acIsEnNQMYB9ruJL5T99uC8fdFpcEaP8eThCXtTI8Vx"
    "uOOcOpkr0bPrtxani+wVbON7zh34GfDRAe/PsP3QnkycJf/yNUAsebtZChMbMwoDJ0ieg8"
    "UabTRZUt9ZEO8NRUCOAnI0XqHBnIwx++jFmHhN9GT6c2T6FM0da8qfh+/9iCbM5PzBWbIb"
    "9w5ymCLDTOqshrut94zsR+KZjN1TdoXQd41mLqD3z0b49mAWUHhj47800KfKTtfcAPQJYa"
    "0JoNhSjwiUhqG6fYTtKTr9CU3Nezbfq9jqp2Vs9dNiW/10zVYXi86QBVczZCozviIAdVoK"
    "Yz3dgLGermOs4e5VQXHOkGrNWWXNORLWeCWzqjJkO0QeZWHHp7mDoqPY9JsIU8ROX4SXU9"
    "NHlnPPD3HKDnHLIh5tIa6TtX4zp79X2ffqR4M1QlXM+uNFqDJqYXkNL0Oo7dq67NqQsTWY"
    "tueJoQ5MFGUt28w0lDVuE2xnxpUBxlXOMghIP33pEwv7gVepgOVsmN7yECd/Ecf/vU0AIJ"
    "qhOdZ/cvaWMP2T66aM2e+yU9ixmXG9IGB207npImeGMAI/uA12uOPBBTjEXSb2meMtwCon"
    "1gyd3AUP3fEf9PZdjrlf6/gje2R3fTRnSgUAA+C+D+ADik7YX8RDdyEDuE5x95bbVnxwMR"
    "T7kkeTPEWvDD5vZLueMzMtxiNOQCyLgotuzn5I9lnkAJ6Q+EEb8AZBE54O4hPgLw05KHMI"
    "NTdADurHFslq6CpZvcWRFx17uVg73fcdhcFumo/mdIktWasI2ygmhg0PI4vcs3+K7QGdYD"
    "RxFi62V2+rWEFbiNRYYNOSmfgRQSV5KIY4ZKb+z2WMTPZU8dT/ec3MtLkCha1cg2PT/pIi"
    "U5jZjfc//sDxTBR+M+pe8JM/uRaa6P37gsfCFRFACGZKg/DIxPGmHGKotGDel1kw74sXzP"
    "usPC1s3y+Zcld1O0vS73BLm2HZrexTGwYa2Z3rFiKV4spOy6ym4rW0Btg49sz0FtUgmwzt"
    "wYCnjac5sRNKKYp+Cb8Yr5SPfHD0NGeqLXuWLTwmJxlDSHV0R4edaVCvQOoJc0vKhErTVY"
    "L0drQLJOxatsQdGq58cV6GljAyabANMOM6ZWi/4TZ0yU18hwZZQoZJ+1lChCmzW4OyNYGy"
    "gq01QLI30UAHJoaygGxqAqbg2D7b1vrd82Ejb6+qg7XxSK9vkyotntQWXyCfMnh5MtLqhZ"
    "h5JszrSBZGOnA0SId4oXMhmDKDOLflGJk1JUwfMl86qy7EKMfKJN9xjaX7Qh4NHffWPVYO"
    "AU7ivZBBPRjjWBmkXZ5FXJJyecYMfYLYnhxLO+RmzyZDh/3neZ5+i0ZSQpWph6MV/MLhSb"
    "fBPZw4DCW8xEYiP1TXTnh9/s1jze2v6OrROfw7YbOO2tQAbx0Ar0L1BFST+oFIuZT3RqeP"
    "vxZJ6/Tx1yBlHWyvml9HB9s3JJwHLwy232YgeXdKFq7jMyu/TxhPaW4++fpDzVKggRnRGV"
    "6CsExuOSjZEEkd0KEFnhKR4A3hYOG4kxWUR2qy/7g+Mm0e4y0SxYLkb+riCWlx7xANIm2z"
    "2eXbedPIZo8jfM9mBRuHPhGPoqc59vkDM9NjLwpfGBgU6OQuYHfIv3eJt9+9LQ4Zj14PT7"
    "DX6lhxdfbQ5gYsJSU3mYDxiEhlRKUhXLewDE6CiQ2lzCrFK2+hhh+RyqcNHleZ31URrG1U"
    "AHVcYIiZF/lRzOMUkcqc5gEKi6XPP7YFYQcTEjm89j+1g3PFmJr3wYlbVgLrlCqLQRkskV"
    "k67HuljZMUmcqmCZ/v5hSC7CMVJqO8lJz5e4kI1FBvsUCOC+pdM1j3Y1OFAXU5llQi1q6E"
    "/ZSI8SthNNnI8e6xbVJ+LrFVisFS8ck9TEgqTJqOT8bYazHzBULkaJwMCzmsxPYcKw6woz"
    "nZudt5h/YGH7AFI2u8HKlaofNdq2gWVx348dfDFmKbwWSObX9k/9Ebdi5baO74xBrZ7W7/"
    "snvdaSFsepZpk5HdvR7c9jt9tsHYdOkRb2QP2pedgdH+3IGBKLbAT8d+IBvrrH39xTjrt6"
    "/P/2jx6oHG2GPcmo/s88vbM6P37RoGmljLscGrAYzsq3b/S2cIVxfYeyB+Na2+/rgAk/2m"
    "iW8+5qy3M8exCLYLNrwkXWYujBnhtiZDuBnu1rVx1utdphSUs25mU7u+vTrrMN5z1rOHTF"
    "+rjVptLKs2rntAagpNV8bBqET2RRaqeyGTA637iwDxDmyxlcuTyC/qLMMkmXrOO2uG4fPp"
    "hRO1eET5P5hxK8S2ock8qOgLlkj8FGisL5yCO7AQYUIWG4nBdC1vJxoBSl2qilPEqqDHSB"
    "NZ5sIEPxT0NwIv1sRhGzk6gWpLITIrPF1vwbR7whTdM7XCzq3hVO/o2j7U9uHhbdy601pd"
    "ndZ4CySF+qyx75GO0E7S6PjsZ30q4nxYZ/A/Br3rfAbHFFmLy5z46P/YAUS35lNp/DZb2h"
    "N+ho2XpuWbNn0H7/u9sV2lMI/dwKGUsRWy+eSq/WdWAueXvbOsFQUDnBUYw3JVqNNUSm84"
    "vOT0xHe4zcOMG7qsXCtKJytoKEI3QdPxzTqKXUtZkepSyu3aKsSw76OCjmqC2FH5m61iaa"
    "IyVB6OFtWMKoOhxQ8/C5/17KiMomOnwO8merDBch2v0MIZQwlF0ZwMnUDwQ7JiKa/HyCGu"
    "nCrodb8AyqAPU2UeKTq5C30Pd29T8CmNK6CH5dWhSVO6qDlyHTZb0Jx45OPIxrFfgLKVQy"
    "FCPujjIh7XMJ7qG2VzA4wnZpqM5RdTqIt1NH78+/fwf5VwpdprAitU43krDIf9ILlFhXkw"
    "QWnmyJPIt4yPCCcLOD8Q4kZNHNQQlzbLi1l/XGZ5pQiBxGH7Ms/sEWZIbtW7OmAqSNc+Z3"
    "/kaYWJu+U0Q9BoDNNmPyIgKeFedWzyAyxdBESIkqBd7dWgJTIImXKEwa3Bdj1wCjTRI7Yg"
    "wp6ZGc3A5U3njucjvhHkeFjrf4HWzrR2Vhsmvz9X1BaOebbCpN19KSKVPR/KePyw75OFm1"
    "dUsXAfSZLsDhf7cbu7yen7n/72068ffvkp2kSiK5v2Dh3A+kphZV3T6lWIuaIj8BB9gA3Q"
    "uMH9bvOEMt7w0SM8zbpkoukxCT42I6U9R2ukKrcmiYN9uUnDEemgSdFaO69E6DnmiPMPpo"
    "1C+0wlvX2D+yn+NTV4oNRLI9ihOMs6sdaWg0qFmOLw+zzMIhmbXwaygOch/kOyqy8Pfoo8"
    "OKIIEnIxpU+ON21l0zz4W5ooE6Af9+Dd0N53Gy/SAMaBAhg77h2qmAh20TpUR+FvM0s73L"
    "ekQaI1Qs3xchz3nCLA8/m8+JB2h01TRYaT4zUkdaggPT3ITG9fXHWvWwhPF6Y9sns3nX57"
    "2IPbweiQ7X7+xeh9+tQ970C2++TBcGYzc0JG9uD25qbXh+z4pes6quRR6Jz2Hee0b246XB"
    "RKfCCNhnkIPywOphuGHx3EFDBrQ+id8CrQI6s1Iv61xAL4tXD+/5qd/jOmxZBp6F+UAb5z"
    "KJXFvxtPnmPfR8q9iA1DnvMkZavXhopbzgQCppfMUMrROZ+Jqs/QHgyi9ioRU+3/KF5Uxx"
    "Weo0iU/RFVRVACIT3iFrf7rGzR3FZrW96E6oWxbm3XHMIwB7iplirU4pFHkzyxs2XnTSR3"
    "NLMB2MWu6zmPZCocd/8iE18imXYvIYNhG+Uc7D3RYbkYeWfa+D1bQjjxbK3NEf/ZIN994o"
    "kgbyNVAz5xY63w/z/DDxNrm7tU/kuj4Eqi4KG/SybCTHXMsMHrRUMlSsgeClZHK0oWMuLG"
    "r/uPP+Mom4wAIoJaEi6UiqE8LYN0sKeKsb7TNbRDfS9EQxJxUgkRLzweSvvUigbY0uyuS9"
    "mgBIWfjszAdRx9f5izKDr1CFXacQkPLvJVbEuSPMyrCU9xkam0I9EV9cnCkGwFk6ZSNtmu"
    "IqP/XsbJ8/diJ8/f15w8UzI2fWos2Jlv2I5vkO8TAvaPR6ZmrvWzyfPz/GA7dAdFVw7WHx"
    "TwbY2fgs2Ssnl+MC0badkYvG6mnF2WpVTWNaSkhZaQgMW0izybeOMqiIj0bJeY7cHGznSz"
    "KXyM1Hxfp9UzvtqMDznpUD934pcQQkSqZVC5XdW08lLIIdZyeKEcKiyGdVothWpSeCQeze"
    "0juYn9CSJl+d6g0EHPnkQFnAKoAio3IvJI7LKw6F7EsiA+Dj2RabkUF+hN0qhRohdee3Ql"
    "enW4y2sKd0n590qHdCaJVPYfVUULa4lU3hCZIhi4znLpwJTLaKADY3jZ4JLUVNtu3chkjG"
    "ceYhJQ9WwydNh/no+tuHTUiat4eRRKtYiIDtdEisMiOqGmUjY2woh0m+fTEqFkpbP0x873"
    "FhQ8gqBhiOMOHckIGgbeMzqhQZFp6iYkFTJidI/dnE6m9Q6dG7ER/mAx90N1by1GQ4djKB"
    "mOEclLSgZJKl2p+cU41KGhgUcriMMCBI9ODIeLCR6vKA4MFjxGQWi84/izuNJadPm1lqbT"
    "66zyOmMfYNNZhYyqDKEWQV15UYksgxfCT4nchgMTRFn8Kb0NFABQedO9Bu4OE0MdKXsza1"
    "ypxjABtpqDXcWo67OoVYz0lqiiBU1PILOP17MKWhUgJlK/FUJHQW+VgGsU2eSReGhhfkf+"
    "k4PEy3LQqlpHfkGdrP3mqCgUJltXLRTdOrkMs7fROhkWjwx/w+dV5m+DLiDRgfrB1uCZmI"
    "3AOzU1EbF9b5XdWcqw/8NpCe5/OC1kPtzSptvrdFWvabFl8sjDE63Yh1cqk/zodNutZkDf"
    "CHQw0llz1KbsI2X0pwB0NJJqdTnHH9OufZ7AhVEwSKTdfOSRUuFfoA8RawYEK4rMxWLJPy"
    "Lf51fLqC/QoNSyprWfr8EnRL4i8HwtwYh4h0mqCRhfRjW46VxfdK8/t8JpP7JveoNh54Jd"
    "4Gj0yP7a617A34+OOYW/O3/edPtwQfQJKFl6fds1AxVqd6BWCveBaAqlQF82lGM9Mj1vvJ"
    "LeKNdpFS7mpOBmuQF4TLB2t/CYYsIoi46tT8UaALIyUGUY47YDoHKvKsQWYcoXKdObtGgp"
    "9VlObYa20ZGmihbOI1lAY0Cm7d7hBRhDd2jmOQum+/LgjCiezXegTQN3TofX8ntS1zl4bs"
    "xcqvIEU0MWruMTe7Li6fbr1Y08wngD8VZiRoPYoytQDqmJ/iniUIy0HyC8F2TK5t8MTZew"
    "rpIO0lNOea9U6eTl1U12BeeJ8iZs6rcSVUzeUBT0SZ46C8yrHcf1ThQsaZJdxRKSyiFVWV"
    "4V4e3tVMiHQFTqG1PznlApoHud8gh5voX2lYt8n/zGGJWIRgdHVI8DO866eSu+xS8cm6y4"
    "slUJfql/mkMtv6poWUirNOcH3evPlx3j5o/2oNNClPHaIoY7x5SM7HwMzYgvO2zfjO4Bnh"
    "bfA1QtGYK7fyQNUC5n6RuUsBdPZdoP5FAeEcZSW6uBdeuk/BmcpTy+km71700p268St3X5"
    "vMLtY718nq4BoGsA7P28fpXukVzYSjYNxdAR8nUmyVWWRh61FkZlYeiCGDsxHhLguNRsT9"
    "MdkdWwX8+sLkhSZ0GSws29BgYfX1hilsN5B1oJRqe1Es3pEpzOVeRKsLowjVzHcKzxOH1g"
    "7aqCUfjWguhE+VpGObG7xyEv2bpGUNQpLyXMea6KkeNTIygsVW9vp7WohrljTYWIgshLsM"
    "p5SEIihFGHJKgZkhALr6zxEVOobHkEwQjiyGkh0bmp9Zs5/b2JFgSKZPE/1PBSTazlWB4W"
    "iYkUtkt4m2v4VCQEwrYk6GVjUnRiOSts+auycR97NM/lbXPllwfvPi4UMeg/zj+6hbr9fh"
    "Pd9Bgfmujdu7Wguv3Y7kfvw71pdyGvAZvTkX3T7131ht3edfuSXfKchQNPYWtkX3WAQ9dD"
    "47zfuegOW2wb86Dsnx+0kxnZ55e3Z9Fdvj2Ed752+8Pb9mV089H0/CW2ovtc5IOWyL2kI7"
    "tzzTTFDrsAWZgmoWpMBDpxXGK8ZDqkR9hhFgy2V09Mfwq/qPTUaF//9e2PTr/TQuEIQsxC"
    "vvGkiGdDYqJ87vdubxLz5N5zlu7IHnT6X7vnHeO8Pex87vX/aiFKvEdzQowJ+9n3TrW022"
    "2JW/ZYTFIpfC4qqSYm9ly5yMdaox23oZWzH+YvPWzF0an3zLSEo49daEKEakJDbMFWXG0N"
    "lMr8/2VD5v8vOa0SDyiDrJbzEEhaQUWQ4DeUk8YxOU0TtnQlsdfoG99Zd0xi86XJf8AK/c"
    "sZI/pEXF+2F/dRyF/HRhRvusdVdELV8oGvBB2rVPODAuJtuNh7admPAQx0w8Y5wHUoUfij"
    "RDVAySTQF7jLDiIHtJSXrL4U0PZyavodXnMpr3tCfLe5yeuA4TkjKt20ZccDG9nhFkaYAs"
    "ksPy9ab1FeJFtcduRCD69ql4SyLgl5jefQNJ1Y1Y1mLBTu8fyyaTMHovGUUnSjVVwWbIgI"
    "lAZ1mTxns8DhFG5BAD6IKxXB9S3kAQIzN2CqG0SwBxz1gCMQBctky2SmqY6Q0R9KZRN/2J"
    "BN/GE9mzh95EtEe6boFEaPufsu+FrE5gjjdxOZM3ASqOxNTelnZZdAiugIV8BWysWatrvM"
    "UaOKM50igsNNcxI+be9+CYVeaBNRMvGIT9EC04caFKutZECxW/DTJJZDTKHyWuCyoMvJhF"
    "CK4AuDsh/NsBgI8TwHaoOE6e1KrJrpUuw0xkImvThDdUzJMC/KLZYA1qTCTiWRjW9kPHec"
    "h7bvk4WbG0yZeaK5CeHg7SCp8SRIDJygKVXv6o/h8AYFVKKuK3uF+Ui8wC1pOffhwS5K5H"
    "M7AgHinV/j6qUDvqA4rIZJ9gmTEHvKw3WktdwM4bb2q2OVSKKcF2+2KnFSxAT6kMjhJ2QP"
    "LKmRXyGnOOAnTaWw1bY3xibjuqqEzSXpldY64TA0BsP28HbQQnPfdw0xO0Y2IJW92yETtS"
    "gGM7L7nU+3A6gX7ZHZkkIF6eElo/It9vTFNfvX1Gb/OrvsnX/pXBjti4t+Z8Cuji1n8gDe"
    "9emUqeLsievO8Fuv/wUCVvwnx3uopM3WHzwHujeZkryzwXEsgu2C1ZSky8h6zAjVEbasxy"
    "13n+/1LlM23Vk3s+tf316ddRjvOevZQ6ZfcBho22Fru5eOhHmFkTChFVOhQEWK8JiW1H6T"
    "9kPGrotDOg83sLgvEiMemETKZ5enZqNSHQcDKZwvPerk1v5OP9CUwEUmMcmzsMgfzhO7Fd"
    "QINqmL/cmceGiOKUcphJ986Y+d7+jE9JHFxqcIOIAwemLiB3LHQxZ0ypk4i4Xp07frWMnW"
    "3vICAGW/TfMU6k9YV8+2DWgJzE95qCRBtbuD5MfjO0X2usFFx0zxFpc8iUpvcskDsRz6yw"
    "eAFgMO/BHgcC0U6Kns6oQRBsOyv7GPFkyr4tdDb8qM/cRVPhRc6+i5/Q4y0GG0PLKtDjRk"
    "rCZkfECbYAX0J6iVFEbO8u9+VzqTay8Q8utt53bRuex+7fCGbdGWNLI/tbuXcGmGTataDf"
    "EtRG4J55oMrJMkORq9oTZAJ5J3BUgnS3sw6W11wJUqYTg6iU1Dd0Wpq4p7pl8fdBcytj7o"
    "rpMY8cAkUha6y8xGFaG7SArFlm1SUKUt2+R8ed6y/QZ1SaBDdRCQ/ITZWNCQOqwwRN8gqE"
    "ByTyiCDiRk+g7x5tZs4kFHaxGoCTWhbMdH1GdTctrKSfre2otGNrs0JR7TLKaiKyAPXyTe"
    "I+9fFpA9kBUPoLoTfxsUW/4dOrkL+C1Y+C5gIb17MTqobeV92spLz5KBZoPHVY6OqIjNnv"
    "5YtuHbxo5va8G2iVUkw+gM2REyfAs9DakBSSKPeaVZNwWDpOh2GAwS7jYHGwyi7Z7iuX68"
    "ds8e086Uk7IKVk/A1xqMnpt4pAMTRFljJz0HlbJ1Lnjf4A6o15s8eXmPlbF5RFvilzrz6H"
    "IcPQAFFdkdzMwStCCUsp+FTvA9e0sTjUWjTPpEiNtET3PTIkE9XNtZN3i285qRHaGob5MO"
    "QXAEttBdEmK9AxIKNpOoVxC8fyz6Oj+xi1ChHfPsvQ1uw4QHKfkLtN9QnX10ky2UkpmMrp"
    "6h08p6CWUdFnUFxTFBpn0iKvtEtPfrtUhaW4HFm+jxWoHHHWSjoOayye8FXK3B/kvYFn0y"
    "cbzpAQqktNsrMRNVtQMDIWy2AmNJlbUBo+lSzgCESTJFgjYw0yJvUHJE+k4Elt8xa+vJM3"
    "2f2KE9lTCfIHmfXcq1AbfyppEtfGVgGPrEsphBN3uH7mbYttnRwwa6Q/7SsymfJSJKNC4u"
    "gDznCZHvJvUpj4sneDJPWafa+6X6vtncYPHJFoQ74lJw9Vt4Ll5ZDs7hb3F5pgTJ7gs07U"
    "fd30q9pXhzk3SFpQl36AuLrmhnmDaDFDeDFEn7uSDst5i5QVHhrY1KoWgFw6QdP/usPthG"
    "Y2w/oICG/f/EwoCpg26E0WRJfWfBQXMx+MegM2GUlsO0splpYwuxz/KcR2ytp/hs5xW5gH"
    "04WGAGPJAVr0FKXSysJOj3k8Xu/xlUYoH7YUqQ1uzU0+yysiyt4mUJVdb1gvafUbenYLF4"
    "QRlC/hvQSbApsKdo2S6UW1YN99l3a0uSyLDfnJKF6zDDdLJCwecrUfsRL/LbUmzsuhLRqA"
    "zZNTwTW2VbOO4lCw7Otfxp/3wSXEir9Bq46lxedqETo2WZ0KDx8rI9FH9if2QP2hedPlyg"
    "eApfO7KHnX+0+RWf/AvzK4POTfsP8Pi7eD6yv3QGf7TZbP5PNugDoXP8iL3/gZHbgy/t6x"
    "YveYttXuMKqDz2nXPo8jkYGmft6y/Q6JP6BrAO3n4FJBQvgOKm3R904W8Xe9QUVwbt/uc2"
    "71BKsXePpyO78/mPYYd9NvvRX7vsYXI/9wn7eqYNPpqMZtC9brMhmbbB/v1H+48++2OO59"
    "7Ibv/Vvr7osG/CK8x4PIdEwL8gBXAFXztoc8YwLRRzznxhXPjU7sMrHhgfZtjjo7f7V+2/"
    "YBD2PQu8glG+cH5csU+H6w+cIwv2/XBv2Bt0Osaw3f7aYwP57GBg+g7Gj8Ipva9aBUmPIN"
    "fowLzMca+DiVTkDUzTbTKQFFoM/EDAIkBl4dhkxRRWytvfIghdwTRSbcuJZ4M4wBDKMBv0"
    "+Ac2nFFUvbH4tM0hVXrXsR22OiyTQpJDe3De7aKpec+zJewpmmDX9Nlbmsh2ENeHKNRmnm"
    "I6r9bvt35lKOK3pFaUpVNaSLAKuF3HNmniEUDZmXHHlVR0Eqxw+i75k96yzZO9iZln5gSF"
    "N5CYk+jJZL916fOkGItgyLVG/0M8RxGRxiZi1YT3ZV5S9TYz3lObkYRgLzrnl+0gv12MwE"
    "6/b+3usHv9mRGd964vjPbNTb/3FVp94ydsQhsHgxImkqkR2uiMhj8D44hrME6/84/O+VAU"
    "r/wXmZTuG7T9k0z8UmMstWAzZEqv1xAa4Y18YMeMG/2oscRmpsd0u2CuSJ1v65SVJLGjFi"
    "iq8T21cOUYn0OqOV+e8+EeKLnrZMg0xytw3COY5hktQ/K9ADPJIVWY87XELXb+HG52ZEaO"
    "m8ve9efw8ax3c82pxrF9g8d1zCpkHRWNoHABda4sC+9G4NxQGdXSfs9igRyX37NQ/aoi/N"
    "wBdKC3yoHezH4xpxUD+pOUByPlRjg9wQCSM0GPSe4ZN7nE2ZsmVNl7pKB7e0PAd8jYdXFI"
    "x3yfJ4Y6MFGUDfXOTMPtRnsnrYcJMd08X2tA2bPJ0GH/6ROrqPNnOp6nH4+oxP74Ykn9u1"
    "rIU8iH4sinBKfKBkAZCXk9HwgF9ZYCAmQuICcZRyFLTwnfDkeqm2gyJ9BOB/Kbx/DoP246"
    "n5vo5voznCzfyPhmPQ5qK2/QkeoKb/hNVBzPxD7Kh4QVzsg1ORSjP1k6lUHnipHr9eP7Ad"
    "Py5ruNvdVGTucwebzyha/xwNi8aRIHgeiR+sq4eda9bvf/ykd7znIC18/+GnbaWXTZ/B+p"
    "pnjB4yprlrH499BqcI5Pf/5FCqOPKI5wp6gfIdbgVzHrjxf8CjVG+Z5dSbp6Nq1Xohu9KO"
    "diTXLrYgttsbKZ0vE4ByWwsiZzeqamLObz9uC8fdHJGMwvymQZOu6t28ix5sSNZgkjznfc"
    "pVvOdINMYxevFrze1NxzlvdzZi/x4KR7JscnvEKMMU5eskl+Q5qXDFYpLyURXM6Dvxhz/9"
    "kIXgf3oxirjdkrS3cankA6i0VNqy8h0yqBZAlylbW5Rjo2Ox03XlJx3nZzlCNPm0CYPogc"
    "OylDZQ9thA4srDJQ8xuSQjnvd9o88DGgh1jIi24/ioacmh53Ro3sr51+99NfvOnQI/HM2Y"
    "q3HTqHx8MBePwDu9a+PmdLi18EBrEzaK0V0cju/HnT5eGc5LtreuLN7B1BC3H2CqpKwyLH"
    "m1bwSSWpVI8B4d/K1AqTIqbf/LB0QdWgTWTOELZX6OQNu4rYVQh0Z3felM3u28vifZ0ZmX"
    "EapqhGw5YeW3cgVAytGbAHicumr2KSZlbLlBBZDqnSQosFw7Rz9sFNJN6IXCaqUBvnyyw1"
    "EZXI6PSdByJVrjQi2OExKHv+DUAVfAPbHvvWJrriqiD7u09m3UrHz2nZ7g6bmjusx4eKc3"
    "id+8UlbpI0u69x0/httrRFdazx0rR806bv4LW/ywroifeo4esmXB7glITyrC209Jg8Fsyg"
    "daZNFNg1pWS26zo5saEssX5SRAoH9UY5V2zdBNtZnHwVnEYhdHESLji2wK6Xi8SKG2CL9E"
    "Oy7rTS2bSdfc+T1CMiAnX3vYp+ja3wdwKwnoWp/5MMk9NU6nK6Ad/I7N2lF2aLRvqZN4Vk"
    "UaZ12/do4XiVTvoyylixLrbuZmK6CUCtRhUcIodYdcNHfKmQh4XNBYgi/BmIQgp1lEt9Eu"
    "1Un6DqT5tTvo3jYXinAMSOK1vYx+aEx1pBwX+PMJGWtmb3YjSJTwaQtoLgc4hVFvwTmERR"
    "nnD48SpLBzCTpUcYy6dSJ1GWTt1tUhlHe8iyokys55n9wkQsldn9odT5/2HD+f8h5/znwO"
    "FLE68OKO1KSd+QDjV53aEmCSetpNTTlFrqqkg9J+Um+PpkAOrChXiLSqs9Q3sw2VavMqdO"
    "51apEU6mc6v2k1uVaWKS49wPs6U+fXk+T4rHi3XC9hZHwvJ/S+WfVQm9Exwrir+L+FkuCE"
    "+2vQj5HvTngDym2P7HY6jvhQPHN6+XZ/pozr6BSXX6EdkQi4AE6TQ/Lq+2kXXWlMJbeRNV"
    "6e/xfLjQIfT6aAx7Xzq82OcDsSHC5/LyrH3+pRWBpWF8UBgcFEXzRME8I7t7/R+33T57xL"
    "T/e2l6qzB6KIwdCmOCwpCgSh6g2qN/ZDE39bG2pL8O2/QJNqHgo/ePv9HlYoE9qSCQBInC"
    "TOeoM3gTRAQkxHgI5pNpE409k8ysStW7fy6Fyf28AZP7Oad6t7Q1qK1/tYzCMpgPU0wMpk"
    "fJqg4pMm0P1mUPCrbWYA1GySwHJoWypmBq/pVIGdpZo5xzvLyf+50FNq1GjpGTvL3RyrEd"
    "n6lQxoQ/b5CI4PmuOTbiT3MbxHKYcoYGV8MbpqX5E2ZPiDIPUGboZMqUMstxeUwOHEU+oT"
    "59G9oo2PPgsZyeOVt4gTZ6FN6vNhk9MBGMmecsZJS1FJG66lpFB+npz2UUYvZUcfTnz+t1"
    "2x0409mxT0kObFVcGjRLp7aByTYUYvM9g7yBkJmJ6ZoA1DWZccL0+x+gVYcXpbgoV0CULs"
    "f/yo3QLZZPguQIFsKuGb5g85odw7na64btJ0W1LbavnQWHHJ8xJ9BGR2rnSZDomS09s8fO"
    "NAf/KOZ2+LxmtTSrwa6QLAWUJFHZ+G2cQTmgMNo42PdA/Q519JJgU82VgsK3Vwg4yJBqrE"
    "l1rOlFtVTqNssHC8G8XKMcbjbLm+Q0ePw5g7xY8NroPVSj1xmblpRDKKbYmbq5TSmk3W3v"
    "y7jb3he7296vGbtMzZEycoPnVTZulVV/dKivPop3ehRz8PtK6KJ5p3HqfpkDmaPRxiJBUS"
    "4WCMiaoApD6QtolMm1ZJ5DgEXaMlOcucuWHflUlE4AGJtyPHvmEw+YQdF4xS4jRuJ4H9fQ"
    "8q29aWRDIuEDWaETkUrICHkrbn/pYQtuvEUL/MDUf7hNGY8D2H5M0JNn+j6xeRP7kvh7th"
    "U9VAHLxOOFl+MHbbYxs+3BJwvX16W/1FVo9tkifb/s337dhr0GXT8fTH+skz3PdSIzx9NU"
    "6sJqDdhbVyLnOFUhY44ptCGOPMdKuLEsbN8vg1O6rCSSNEeh4Wf4XIbLxTxet50WrhU0Jy"
    "891xM0R8jhbQQoFjj6NgUo7sHRtzMWb8XppL4P5IhggAMsd8keXcpXu/yP284t1JcU1CN7"
    "0LketriltV6fcvCle3MDF+iD6bqq1KIMDKocYRWXh02Q7M5h9eN29cja/FFQnscgnufk5O"
    "EVbzdpKnU1RGW3HI08Fs/w40Ie0z3dbb+CyBNkOslc5STzLOYnKecc8oORd6MdaBVRqIUp"
    "qlQiCHYF8xwg1498ZI69As5rgpnuo4Qy86qmC7HFL68wVTKkhzNNvoVgDX0ixEW8OuA9fu"
    "TTgbfveHK8B+J9RGOL5xCDA4AD/2JZvL5JwuvyVdMUUpQHNkXCicAmhfMQTA62nUw/iore"
    "wU1sOTYJnEvC2eMs/YmzYN/Aky7CuoZsnrmU0HA6oac5M3LQSfSSqUnKVlw99LmliCd04D"
    "JhNnJcoOJGs0QVBBo9+XxiUFSAl59GOOgM1ASvYrYm+UcEzkUXez7lVciDXB+fJ+5MPfLE"
    "x8jJDdrOO8q4JwOGCGdJwkAQnsrE39oHqX2QSrE/AxeVKq/8y4byyr+sp3IfbUchJSd52v"
    "c4mQAjK2RYZ0hVFgMvJ2GR6T1oFuKrUyXfn3jLOqckfrqffk/O0psQ4yVVXDJDqFyuP6p/"
    "HEkIU+jIxfRBW7QCqlZ8v3awO+Cp7OpJkek6sFUXhYZoiwVyvBCtR2ZLxtRq+Tkp0oMxuF"
    "8lVJsymcrvrSkylbUSBTfXDbVfBFvXRSFd++VbNNCBiaFs8ZfUBHxBFVCOPeTMfYkioByp"
    "uWHjHBG7t1oDNGZYEe4VcrMc9mW44eO1JuL9syFGF3PMcvhsyza41kiSkkiSRjv2hXZUbd"
    "9RR98OLQK4EuxUUtyPaTTjq8NHieNCAqZIUGnm16VJR06xFyrSkRvuwIRQVo9Ozr78GoqZ"
    "raUGnl46hzity3I03kqlzZJtKt2BRZijcce24rPqdmyflvE1h3lIb2hQ2RuyXiFQQXgJhP"
    "PXc54g/ikoJPkgwho4+iwuileyIfhMpXn+5q29R1fnUHjz36T+C8HL+JJjih1GcXf7/ca2"
    "5LDtcvjaK/AKvQJqdY96JRudRKRaRv+tA9g8wAUoAWqWacPVs8nQYf8pqd2+pAnXXmd0WQ"
    "V3Uwuu/MrrL1Jce6Cj5emt4sZGtXVsWhb7yYYTPSqntnI6KMyCkes50+XEf16ZFBGNPKKC"
    "QsEXmzDVkm5WW+t7z8iGgF/hgqXv0J1LPNOZ3oWj2MvFWLyJjwlR57yruXgMnfzI2A+aM7"
    "+4Iv7b0rGXzxaCCcFzrS4rpy67njnJqRawSQARicqQVcMz2SgwuYMJzvsO8JAnscrQhOlH"
    "onAGX1WS1VB3HYmzmhSVHHw+MC0iVjk1vpGQDVjz8M1VxLPtgLTDS5THT9j04SgMjgxJu7"
    "PR/tbuDrvXn42b9l9XPF0+O+LIbp8Pu187LShOZj6SnFT628FN5/qCJ9MvuYIKV8/b1+ed"
    "S/7gBPhlWdXEfFqqVs2GUjVrJT64KcR+Xc7O6DgWwXaBHzFBlpHwmNFtS8TRld1GPJ31ep"
    "cp6/Wsm837vr0667AVxjnPHjL9gv1N7NHr3C4+hCICZQsaNPL0rI/oRzQmM8cTCS8z06Ml"
    "M/rqLnsgvsdgW5InDeRkaXWgn8qBfmxrnTteBbwuRXgwMm4wrSFYXpOl50F4u7fkNTbFtK"
    "VsAd5jWxTO5AswNKaaTNfgdIz5y4UblubE8ZkVBMe3EMGTeWg6AdzCMyrZyZAwsxaO7c/D"
    "hEuTDU4huffDe/Y+tnBWQhuFP8ut/yOckdK7/hqdwrH9QqEVM4Qb72LWYajtmlhWe9v4c5"
    "3kpbZ9kpvgovCGACQ8vcWxieHMZq9vwXGMiFaK6E8Q7kTiNWAwjageJtQTCRehSdF0SYL6"
    "G/wJjneZawDd8U8HMMuWHjE8gqlwA5R1lq5THkHpqx20UxaGsDGWynJOER0dn+svzBnwS3"
    "6XSxEezLn2Ko0ZqPo/IfKq4xqd6qojO6ti9TE0VMSvQCeUKZA+e5UFFkuYxMso3oaZvPtR"
    "LT2yAE541KAkLwa/uKXaGqG6sE74rch1gI+hRy0hLxdTaOMA7rg5+095VLNmcURma5WKex"
    "lavSuqvCtG8HmVqKwMrZa00pLW0XevMPpu6U4rSj1NqaWuitRzFnvw9arGXO5bznsJvAgi"
    "EqQlkKbTAqgruas4VlM6F+kl0ZpqKDQviteMs5Jy5nsN7L2JRzpS7qbX+IsqUYhYzpwtRi"
    "JmmwfF3sQxPkfC9a3Wo0jxrCjQOMHTkvHGyVCrcu0oA+QAvM1BxJuIGglLh2dLqXLjHN3x"
    "J1u/8f/7vfWbGOX3u/VUuS29I7d2hmBBcPIJvI0HBCeve4TRUd8AflMXi40kvAjVPXW1DW"
    "WO4ybaED98CIFb25dCbZCdrl6y1woOkmWIU0TqFiNuxJu72NRFCe4Wyt/aS4LV2y9cnHtI"
    "lJVNLrHaRVkdCqFn/LOFfIISrTxRKPod6CRQTtgjtFKd1vo9r8mTu4KMXrKCduiSi+rXm1"
    "OycB2f2JMVCKqJTJ6/RTzq2FynqrSESsUdvN8Qd/B+Pe4APqYCapggO0LI8HAhwrzILsj3"
    "M6bLvCyuTbkKaUK1sxUaPONRmC9PWLRMYlug+QiJQXH3Y2HTiGCOVhDICz8y6LRzz57n7S"
    "XAdkQnIpny3QJ7D4HVJihf3gWlxsQIXYz3VS1j+YC8NcKjixPbSjxeEosob2mlkA1ta9WE"
    "6Ucp+i9EnKOqAAcmhLJ4c3L2KVVgLIT6cwDUhBfgeew04Xx4HjUdOAvizxkZ07xDPwekkQ"
    "otoMkTLRDPVYeaYHE6ePAykWG8DpTWN6wuIabwdtTcgGnC/zNdUOYUTpConGRf8QQ+LXUC"
    "n244gU/XT2DOMiKl6yRINJfLcfkV1PcQpSJOeHrXhI2bSPQqi47pmh7bERIzlozep0+tUB"
    "4j+6p3Pfzj8q+WyI61ViP7r067DxdWBHvWqhr2XHeVD1HGQhJQiYl2CKaEp7MMlmKLLw2r"
    "rVDk4weCbCcoL6US/KGjXYvXwGHGPepo19co9aJo10oFLuNt6oXBUgco/71ESQ0d99YdEN"
    "+3SFGgVPaRZhl733dcY+kaNE32rOX/jXevdFy0dHmOlYtXaGpO0ZPpzxN+AF65Q1QFJ1N4"
    "/oel2+Q6IlcbxYV3aMgIxL/XsIBtvWhkm+nK460IPnhgi0P4KFa8zOMdZ+x5MPgdIo+Q6c"
    "dLl/B/cmckpLY/ELd0yUaNOyiJOwTLQb5VcIJM3fLKjeSEL1hx+5dOLA2+vKSFkaRSPcM4"
    "tbWEOwv/P2pMnQXjv8H/evtRVMqY8epIEKQiduxpUMlMZSk6S3/iLCqb2QlypQ3tm3b3Ig"
    "jnMiB2Y2QP/uj1h+Elni4+smGEi9tOeNV2/ND9v3+Tmy4XC+zJRd/FJNrpWcbpqa3pYu4f"
    "pl1VxprWrm7t6lZFCAfv6j7HdN5b5prA4a1miW5aE/as4SwlEoTA5pwyHmHrHeoyw1AE/Y"
    "PlN2cfDuYiBKDaUzAiw4aa2cyeN1Qk/FgOmLVwY83k3d6rRjYzn9lPpogtFuxxD/tkwkeO"
    "aMPgZ8f+yP+eOxY3bmFHTAb6jbH9ANY4BbN8ZD865jS8zVbObBbW8eTPQYQULXTJr7UveC"
    "CrdMx4XjZStrsBpDdlxgl+izg0dfsDNU3u4023EQ5SlU2zAyylH61pSSOAHVv/cctOLqh0"
    "H40xsts3N/3eV7jIDgzPeeSV8nmFfcqr6gurTthz/c4/OufBAP8iE06frrKvhh23tn2Wte"
    "bWCJU2uEWyTpSkEwpV+UQdyQSdWlPbtghlJfmfSc6ptCy2kYoTKwRyVUCzdOpiHbAqEKYP"
    "TBcDrBBqngdNd/ASerNazr1YHUEmFW1FIZat38zp76C2cf2N/6XGggHV/EEEp5KZ+V1GcD"
    "mkO5RdZ3j2w3lPVoIgLBPOXEt4UEGP518PXi5wSIU/CtxO4B0LtOwmYs+EOnj6mJQU4YfT"
    "EiL8cFooQri1VsOHMXKxLroh+V5cvickUXq5rQQUz+Xhi2YjQhn4iNgm6K+EPNgtcFvaTg"
    "2tBjp/DlO4V8j4k6v2n29T2Ndl7/pz+HhCUOeXvbOMgMDMM0JLUhqpyqNWWjMXjQEy9jP8"
    "Cn4BdsvIwlBVdweDvLrE8qgVdpYpadPGsgD0o7os8qi1LKrKQthm7FMLM/mKz5w8WnUPn1"
    "qyNLdxmAiUkfGQzWdiy9mgebTqiqARKl9MSYs+OSxHLX6KGjo0fCPj8lRKFimiwxAC17/Y"
    "TvrEznM8Zux/oSTqV4VToPSaMJ7LJ0/Tai/wIXmBPfJokqeKgk+R6kIC6gRRr8sZkOMq5f"
    "5jMi1fteXLQ+8qiThJeTBS5rWIABkUwEYSdHo5mnFo0udKUeA2lzb1cohVxkkUN/XG2J/M"
    "K8ggptJmduXUWV0Yf98iiJTC8UpaCuu0Ci8F4dQK/PNwDoX+d2QqB9FuiDzUhfMTusAWCu"
    "cnD9caeHzGhmvHox0pm3M0khKsTmwfNXB6AA7nW1pqOh/KjlOW/+sbcamZzlSYGhh/w3Gx"
    "s3A0JVi/hRke63tKBTInuZ9XtystnGcDmgPkPJobzwc1Q7j0DzweGLCHIEhYROyG8bnNON"
    "P23nOW7g9xtDEzBQHpJt/ZO6xVkJbmOU9rEY/bes/IPoGUWwhwefJM3yd2E1G2bNHUebIt"
    "BzND1XqCCGVRdZT3U2AsRuOVT6hO1D0AXbc4ahhmBY9VlPFnpIhUDqirmLG2lZg59kY/t5"
    "NssRs1QaIylwO/Edsu+SbDNg9CULD5ij31HSSJwMb1Thwi8NjLEa9tuFwLlN5iK/wQAuhl"
    "96TaWoD4jo8tue09IlGZoZCvG3qnRYQTbUY1NFWzpHXabDmBHK/DlC7HC9DrqjXPTtMejr"
    "MlnWLHTHOm48obnqrLv9DXUqkeVZjM+cKSVIn8USXmwott4a3WpDpjJlq+6RrcaW6yWi1n"
    "hS1/ZYzjZ581WNtoQbzJHPOiS0wzcz+KgHjiLUybkUDqgj2FxePl1JWWptbW4YFah7KG4R"
    "HbhFspacy2cLbLFySOFqTsxiTqRhJW5LGuFKNV3ppU3vCEknboZghVtkIVPEw2eG1Dxtbi"
    "bvF8+6idtplZqJS75Zyx+97xVnkKa3SvlMo6ST5dQmmdWMvxG8i4FWSAwISMouBcZH9T4j"
    "2aE0LztFZZ8vwSK2yQsLwKm0QNLuMp0U2e1dmENmm0oczW1a3n63SEtCprt42rDqhCUHgj"
    "nNtQiKP/tXveaYXTuyRCueXyGrJZNLtPoNmZcVF/doy23LbrzTuUlj87sty24zGNj1qJsN"
    "iYSOvutUVcMqbWoLefB8McmAhKR1rGUy+lsJ+3B+fti87e9HXgep6uHkijhJ4ePllSR0fe"
    "0ha1FflfzhMTNzrByBV2GyjaoEuhO84xfvvubZHGXn0wDTsrvNtsUtKZaKsUrE+RqRyGL1"
    "Kp4WODOQ1dN+hy/EO40NQSlNYqd+UPABz5fxxbisdJmh3qlW1q4v83JHMP27tRMeuv5eAR"
    "OFxzvC//GPSui9J9IpKsP8Cc+Oj/kGXSrWmZjd9mS5uXVUHjpWn5pk3fwft+lxRAUGYQfg"
    "k/OkVIL9+JlpRQdNLn976wWyVLPW6QDPAy5TNYi9LLBuQ1084AGCAbpTcjxHCJN4Htfuyu"
    "C7DwiFgn3J2R8GOVU8LC/szxFm8oYp/OezC5S4B1YGzTRvOlPfXI1J9TcYgEv03qDKkt2g"
    "+YW6UKcZrugAWifPgf53SQjSNZujOHVF0UI512BHIDYfnYM2ezKuBn/WdP3CjOoHMylurQ"
    "nUdbSRaKBV9lFKwygPNpMeB8ut6Xx7VM34AwJakzP0N2wOd+8CCibGqxcx4K28YOMMgb4n"
    "We4IcGwc2mB/a2mjqA67A3G4/YWso2BU8TqnveiL7g7FCHD+Y9Ij6iH1viT3Bj2rbDL6t8"
    "4mDLcp4Mm9xj6NNsiG/PkdfGbtRFY+ywOXV0Zbc1fWrsP+0tLUINSJOlZl41x41VDtZoFV"
    "412KSQa2xDG0BvheDbEexx90p39zOpUalVe4pO6W7tiq0HHRdYvAKONy6Q+wfkO8glqLRX"
    "sS6vIudqDW7F4w8HTM4/tWIBreX4KgzsLPAxXiUCP8v5Go1krKhMNgs6EWlejtdCOR7C8L"
    "G7t4CdCYdiEy1t6HweQqBvRCJLbgDhtl7zXKBhMhpUxxkqs7U1N7gwwyBT+fiVNKHKbkwc"
    "L4hkTG04xVXWtg+wYVus5cvIqH0+7H7tsG2KU4/swe3gpnN9Aa3W6JJC645qrW220DVbI6"
    "I7R0QX2HtgmoS8QpwhVHmXCoIt+BENboGx5yzv5z50EjJLQpt72qNeO1wdwNRQswpP5pGf"
    "rYXG7Ktn5sTE3qoZyraJ+Mpvoti9Czkdwq/Im7cxsx06twHo7dhkFbU0DDTPd/EmoqjX+1"
    "+OaVcCLFKEGq84JLxCx0Dvbf/VKaSqAUY6DL2WMPS8Sa5huEPPymVS5/V/GwUwnLjZLI3B"
    "0ej55wC4Yj4/B2zxd2hUS6n9t7kB1fIcqyA2+XnQJKRVORa80ft23em3RJLJyL5qX7c/w9"
    "9i1bErvZtOvz3swSMufK/Drn3tdr7BQ7z+tKcGmKKdm8Ws18aCNha2ASiLk0yK90kqzXxt"
    "JihrJkTK4At5KtOh4lAZm1zUKuUBXwrtPmzFkmMmZJ4oZSsk+sRIlPCxyPQeOssKYh6J7N"
    "gEIF4XuhKcQP1IuECXY+gXAm720Phqsn9DTF+TX1uMiVeYOrydFz1n1ARjc/tGjNrgmx98"
    "iDZ01DlBNhk6WpPamyaVWD5VzMwEudKWZr/zrd2/GBifbq8vutefW0FCJjVmS3vKpMKsz6"
    "CSU/xIhD9Fz9z0GAMHRncwuAWXvgiNN0xKl2Q6sjvXw363E98mNhM4ie8P2pfs7vllp93n"
    "41MMYd5MMtjjow+Yddkxbtp/tc8uoXoU+OOgPQ6wKrx73u9cdIfhTeFjG9mfOgk6nnQZUv"
    "VvLzvG2e3F5w4jgu3VGC/ZzujD74XIXeOic8aLV8GGy9g5rtRu/LRMwtZpccLW6XrCVryV"
    "l45KiEnUTpUDn2o4t1q/mdPfm1wy/J8t3pChGQiEX6oikPoz6IIDVUIeMYXKO0PF4JD6Ma"
    "SqvXm30Zb3lagka0atjKWwJrl1sfVsMnTYf0paay/o2rhXgZW11Eq1a6zPALviW2gjx/AK"
    "7pQyuBbxsyXsLZd41LGZISTI6Nx0RaUAUFZb6C7sDnqHTBpkfKafTAQsc1Q8z9bazkues7"
    "OSjU0Z39P3QFhMVxxrk0ul/W2jyZUQmcShniFT+WRvRGVW4KPZXI8/e/+nPbE9x2IakvFo"
    "FoTePm97ZcdQWhg3vQEYTJQZHr2zLtgpC2dsgonyrXPWQk9kzMyr9nXnkj2FbWIpJqaw24"
    "q0elY0gsIxvEruZDkykauokiFT2ETkbe4mvlNpq6rf8uONbaXnfZJK4bneCMFm0b8Xndjk"
    "u484YlMyLHnPi0A+5CBDqmMOdMzBocl3P808EwaQHPvThFoEOvJAhciDGHPJm+V18DUx1L"
    "HyNr20lQpRFijXORunUYiB8bvN8jiYMQkJSpUJABJmePOOsEAJ/v4HsiJTNMd0DlAUdLIU"
    "dnmT//use40gSMDCFMIHlh6amvfsxkdkQ32hHDRsC28Z2aCCCwJ4nlizd6jNx0ZjYjn2PU"
    "W+wwMZAuURClPCOiuHpIFo4dM0VqbOMdPU4QnqiCIDU/K1ssb8Z0DKkEhlVKyi87F+G39s"
    "SvXWCR4/RtaW4WwxY9e85uyA+UnKaR4SHCFvy8za4km7Nmd10kUx348XAPHIgtfElpd6mr"
    "IGqSuGxh+IkEOePNNPmFsb8qngCTKtddWFs8QxEC9EBOLAiwMTQ/mU5cQEVAwNEAGHn8HN"
    "0cgFBJIPNMthAkGA7H1Es73kZf652mBWZr9objCYdeMq3arziKa6dkFsO/lRgTNxU7jo+m"
    "MVzkeZUNLqx2Qy7kIXslVyO9l0cuqdXRcg23ZMbPi9b2hUqdMsW5V2L5LZUwTa610WGxSe"
    "yNR7MRSQMTcPTBhlVZ/kLFRJ97kJyrvmKTzRvVJajpt8WiYsICRE2E/VAZg4i4Xp+7yr0E"
    "Q0fTwRRf2pw0jYoB6ZEY+wm7m1COp/wbOF1TgZ/CsiXFO4Mi0GkjjRZLL0PIFMZzNrUve0"
    "zqakzqYVB7UklWjwXTVrQydr1BW/weZLkM1TJcUpQa4yNnig2U3xsVUWqI0plBYHNB7wyM"
    "TxpuyMN/0WCtdzUG4hVX2hiizqj8CJFQcJcaSIlJYIHB9skUDGsejKROeOy/5K/QIVpMC4"
    "QH1jat4TKlV9ZJ1SZXkoE3hWpYH9PprXH93BPDVpQdWKTaxPUinbk1ZxzrvYnBrQ/jso3y"
    "QngTxqLYmXSqKwUXYpSRS2yFZHEo2gjTn0ICtb4mtPMuGVy2RFERGpfCQwvRT7SFjSIm2E"
    "TSFoWsk7JKksFY/4S483NapwXucQK7tOFN+xoBVi5VqNEfEOax9EUGtDcqmc966uusMh1F"
    "GMxgAbuj+8/Mvod4a3/WteghF7vrUywik2suNb8bWvvS5vwfjomMr0X3SWPvtdObIsbjWX"
    "IFGjzRy8VrrNHK/KwyXKzD9s0ydIysMUqv8S18KrQG4UmSXPqQ2S2UpfuCQkvya9zSHoGd"
    "IjzDw4piB0nWBSvDseb4KJjsDZYwSOzvpQJ9JDh7bWX11DZ9IcfiZNGB3Tmc0Ij3QpjJ8J"
    "nmjKRNEYJCZ6NpimZxNkkXtR/TVu2MxhBtFNAz0Sj4LSfo8f2QCOh7IYBEeE0MxzFozEcv"
    "z1iJqtvSUnrGZT0EzEojCcWcfCKBcLo7WnvWlPD+zXVoWGQlqVfZaNi+7gvHd7PWyh0A2V"
    "6NoRNsaIYqrC3hjnl7dn0V0+08I7X7v94W37Mrr5aHr+ElvRfdHtI2zzMbIve8Nhp/9XC/"
    "Yvn3grAJsuOp2raABGR8giog/uhsMEd8PRPnVEr46RLVpwVO29UT80xduEBDu69FrOIdbR"
    "U1WXtGXahBmq6xIoZH+C4ojYfvr+p7/99OuHX36KuB1d2cTkHIbqLiZb7mKi4zn2tFU48v"
    "HHMY3CewV3GLAvRfceO9bJlFfe89CUWYs2NyhU9puyD7DprAKmlSFUWD6KrwvtuVZDDknj"
    "XUoGGUJ9RNSF7ybztl6IRiYTxg5MFGXxyMw0VBKRvGTKf2MDHsnvN6XQSCsk2V7FggxnQw"
    "tGFyxQZhNpasBPHVHsEx1QlO+1wQPaet3TVP7vJbPtTD+noVMh35Mku+P8+wOZyZR4j+aE"
    "GBP2++8dbyW9RRcMoA3RyqG7D0sZ3DF4XN02ZcqkkGkLX40Jri18beGrKIpjsvD7fLtqbL"
    "DxgyeaUla+FxOVKOAjnkYnjocwz6l4mw4NasZldR7IKq9CT4URJFEERqYRBHU2qaZGENQR"
    "RSJkiEi10A0eP0ZH+DaqNOtiErqYxOvYRwBXzMmeL05ljAjUSGSE98kmMsrqnzvLTzSpAS"
    "pVzjJwHItgu0CniakyMhkzsm0JI7qyW76f9XqXKb6fdTNz/Pr26qzDdnwuBPaQ6RdMfZ0k"
    "WLwXHW+SoMY6NNahoiiOAevoLzlr1xAOfr1ZBtfwwidLgBlgSEIdOkbyUWQtmT6ieEWRSa"
    "E0C7QLDsLZaZNnNNnkiSnlcPsuuHGXh3HUN7BkmhSU+VhSnSGlKNyheyNFFuBpKav7dIPV"
    "fbpudQfTP5fD5WrkLPMsk2163qYenvmS5kfjot/+BGlDQDuy2+fD7tdOC7HdznwkUCjndi"
    "Dq4ywplMABhrEH2BXMdn72iCJlcIKNbl1chbtRgkK7/bU1oq0RxmJ3WlHqaUotdVWkHvIo"
    "Ifbg67XfRD3bU1dKeUmllD03wgGz8mugUxRYnV9jlaOc8WkklJRyVTzCAhrcDQ5DNJk5yC"
    "4iSGZn391KeMcRfCLlJmNoQLI/mIHpEWAHL3mfX8VjK295zjPPGSL+GbJFe+aV2daa2jOv"
    "jigOzi46oNh+9rb7wtz/54GBBPkOkYEkqi0DDtzcgsU96LRQaoS9m/vsdVPTz53Yxc7iFJ"
    "EaDuNqlW/ZN08R/M4WP1ZhtClvVOd7hKCTQOMIFIl30c+mb8sJb9eOZlGpTMrvnyBRQ5BH"
    "5fl3PdPx5LJokiQ7hNN+lG1fYDlPTE2dmR6V615QX0KNz6wNeGHF8yNJv8MDhL9WdqMaDN"
    "vnX1qI047szp/nl7cDji6T70y7o+ajIqfJI7ZMZikGNUBkcK80ZQ24l2IpTocLc62jm0JW"
    "S9s3c9oIlhFzRKrlrLKcE91QpXSKLN3hKhbRT4HmB2iCbYRd11oh7DfRLOibx7/jIyIL11"
    "+1ELZLto3ZtSoyXk7viW/4jo9zVu0m/CBLqXDGacMz2SiApglMjDYRtqzI5KJSmsqOAYaA"
    "zS7xjKKi1CWklCZXWFSKwz0BO4Oi14yrplNQy3WjONbo1U0fZqfvqomeCHloQvsrfw5F3Y"
    "JdDSDpKhrmryUUzF8L9ctfs+plao6LjfkFiyQeQC+TqsskDFIYS6UtpanUXRLK5NHoKJJi"
    "1h9mPEGZKJKEn678FpcgOiavw37jCcL45RfGE4QB0wcmgrLxBImpp1I8wYD4vkUWxPbPsD"
    "+ZN3JiCrKPNMvEFdCIyBhHVCUC3IUy+IYiyg5Iwq0VxyZozCbFzJyY2GNq2MRyKDj0bd9B"
    "GM1MC+xM9q+bwQ0QuhYzR5kBusA5cQVbecNzMQWJsfn8x55vx8Vy+fcYxJ7qQAN19rumDj"
    "RQRxQJIye9kqq4NrKLUeFEhUbYLyRuFDKyr9r9L51hp8+uYe+BnSJeoq9I4maIM8ZP8d4i"
    "vW/XcJtPR+fJrma6npZR4k+LlfjTNSU+vSdKZCim91Jtq1YthxWfQpJGVJryCI2oAzGaSn"
    "ktKiDcL4O2VRPmnlYXdWUgoOBxlY+miuhP/V51UM4N2SzFFNHRQWxbSVTkLBs70xy9a0i+"
    "F+wdKaIj4POmo6Dz53CzXzI6CS5715/Dx7POyvXs0IKJXS45dNcT3HGJLeta6d10rlsIKE"
    "f2oAPKLiU2TxI979wMeRLoZEJcHxJD+51/dM75NY/8i0x8VRJDsU2f8pySxXEAMYUaEQBV"
    "YkSVDS3ULoHilXC8LgHYNiqIPEGmQ65UM17W/A57gskBK27kgeP8RrMUJB49WgIHT6BUIV"
    "SdLjqLTmxyj6F8Ag+2wkGV2rdNxAMI2QWOuyMBxNPcJLvtvUayCAwfI8RwYkSHkeiW2kqa"
    "thocV0YUusybQiIQu6N8XEKSTIPY2jukvUPaO6TQwqJzMsYyAGtEUGkBqcbz9OwuAx6dFo"
    "NHp7oLuSrTGlNj4pGpmcf7TdWnU3Rq159uPBDXR5gi8cFNZDs+crE5Rc6yZG7qJjbXV5k6"
    "aQJKxKwnDUe9vVdcB7rv+74loAHrYoEcF2CtCKA5JN7CtLHVyME0o3vNMrCmn3y6BLIZmh"
    "5vKLrpDVBI3oIk0jmmvNI0Mz2glRbC9jQo7AVJVqsYlTShsNfE8aY0D9XcxityY3wTybz8"
    "fCOQYqnDeFXaY4uRyjE7vKqoHEkyfeJVNinFWllj/QabMqJQGpWBtPdwx2EbkL2EJFfEC+"
    "pTSCCogqh8OC1hc344LbQ54Vaa/erXdT/kYCmTGqK0uaRhmaLboWEZbv66r5HWnxXXnwtq"
    "sMid4RlCDaHVlQtaXHlAvq+RwO4PUBJlU0Izs1CptkahDcjk1dhgIn4RPVbLW4lG0JW1jK"
    "WY0KIAvSS2bwZGHCOkUY2hxGMhR5uQrgn3EpYg+LRyrcVtveb5GBhtGCppGLoemZnfZbTj"
    "mEJp04TOAfXwHTaXLQvQD4owuEirmCT1x1Cz7zHmmM5lGJ+kqYf1+53/OyqVchgVaY6A0d"
    "oeeU32iIWpb0AHswpyz9LqUHTVQtHTcX6PzkMlOacptZRVlnJktEj7xdOEGl+oC19IOhtf"
    "iC8kvZwHJoqyAENmGioFMPTJjHhevgM6utcs1cIq+fSzsMKdeJx4d7x1sUUeiXWHqE9cZg"
    "yNnUeC7kz70fQJuQute2bam7aomyveRNHJ+1Zg+HPvztPcWe9ZssVXjewJ40dQYZmPgIjt"
    "OZZFpujJ9Odv36Fvnun7hI3FFgF4nxLPvqHiaajOJUo1C9c3/0C0dEdQ9sqfe4R8RHcQK8"
    "a/P2wKDQ50gj2bvQrGDH8jsokvPhxa+/APZ7/kTpQaNh7YSrlj72UryG+ObGYsM3I2XvQd"
    "b0VT6Ql2Ob6C6dIjpWprBb8p+Iv/hDUHfLrBV/DBOolIXQRGJxHtzS8vVtAa4wcLbFmFrI"
    "+IjonxH07/9kvEavhjE3MHV+3Ly7x8oGj7y0dcns9IyQyhMvzSuOgOznu3kJEyNekEItQT"
    "2Sfn/c5FN5GsEsRQB5kn4V2+isM7X7v94W37Mrr5aHr+kukz4f2bHmP5oIVcB2Q3si97w2"
    "Gn/1cLWQ47/LyS3Qa2DWyGR3MFazFDeoRw0DHZi6AryZ1ZIcXu9k3JVlaKn1a8xZZROfE1"
    "l1zhmD4eXBZFqHJTQHQZ+yG6KI4L6IZlT5Vu6aEh8mKBHC9EnjbXJOyrFN0xqZk7z1CPzV"
    "8pCWQItQjqwjSDqV0DpHkV9TY6MDmUBTTTu0ABnpk32zVzS3QoSC9wJdHic/ZnYwNizO83"
    "ZVBjYxKSlMpdgjnwhkbwLALqJlrgAI3lyhgCtQP+XCFMHzjAml996aXDPYeN8p+WLaIUdN"
    "0ydbsBhY6HpgZD1RFFsgH8VCpLJnxeZZCuYoxU/bCYNgCLWX+8BmB8/EjtZykyvaPVl6+R"
    "30xVa8dZ7Tg1AZXUjfsc+dukHQdPyOnHXkz0rIbcsyMAEsdKLS83A9mvoYXRFFEJLvHQ3Q"
    "NZ3X2EOAGogAd7Oi9sFEUcrGnN9b9iZIs7vBVYCmAVsQxkCjdKqtyQ3rIx/CBVwzSjmuvQ"
    "BDU2TK2NKySKLJhTIRwzQ6hFoNHjwxWB9qDoCClFGF9PhBSmjp0PspQJjgqpVYZcGp3rfu"
    "/yive2iSJeR/anbn8wNG5uASEZdFooHY0wsgd/tPvsctQ3YP+QzV4rjCuW6LKfzeclkYQ6"
    "hLBCCCH0nLrodK6iAaBEAFlE9MHdcJjgbjjapw6sa8IW80XnDH4TGSuSba2LDu+1RUAEQ8"
    "iq0WvEOnSwohrnyNcNimn0CVb5BCNSxQeCx1U+s6p61EpVnnu/ofLc+/XKc9qpVsz943Kq"
    "rXl19ut9GBDfZ9wXPCzwP0TPNKU8EDRJViJKB/S/ZFCN6zn3Hl4syEdkO8hzntCJ46E7Ys"
    "Mbp3dioLetdBQORdALjV2Cmgx5wTtbestGB4OO2FHoSNM+AmVEkcy14ssth/Wb6q4mqNRu"
    "51FHWlWNZVcPOb2xIWz0hpwAAirEtvYEzKCGSR9Biwmfffn9J49aWduywSsUEDQ1PTLxUT"
    "LMW9WdKZNrVkVEhUNoOdXZ64ypZMbYNd6vC6dQMmkidcXhzEQdj2TlEBevaDMo/vFeSjKn"
    "73/620+/fvjlp0gg0ZVNctjA89MqPD9Vm+eCs6foJFku5U0cqvR2zzz/UIXnHw6B5x/2w1"
    "mXeKYzNaZsXUmwNkOlLm/5HBCGa1QHyKTIcux7hGc+8XLrEu1HFBPsSlphgkBheBcmCjqJ"
    "4xwDRr+NilELtSAotvSRv6EFkETw01Q9d5futEJt2jTV0XUnqb8ybcgweYA4TakBYlUA4p"
    "BHCYSYf70iAHGbnWuTeSMHFg7uNDeBwTh+5jnkt1jONVfify0o6gtP4WJ8FKLqzaKgr3zW"
    "JkiO0BV4+vPPJfZ59lRxEyq4l4nwcHN0n2IOB48fIXe342h1bJ/khW/8Y9C7LsoOjUiyp6"
    "c58dH/Icukh4j0b2AuMCN1RIY8Pblq/5ll9/ll7yx79sEAZ3k5bLs8zP79/wFfX+Cp"
)
