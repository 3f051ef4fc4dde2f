from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "loyalty_federation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_loyalty_fed_club_id_ecddf7" UNIQUE ("club_id", "name")
);
COMMENT ON COLUMN "loyalty_federation"."club_id" IS 'the founding club';
COMMENT ON TABLE "loyalty_federation" IS 'A club of clubs, founded by one club''s owner.';
        CREATE TABLE IF NOT EXISTS "loyalty_federation_agreement" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "partner_club_id" BIGINT NOT NULL,
    "number" INT NOT NULL,
    "federation_id" BIGINT NOT NULL,
    "earn" BOOL NOT NULL,
    "spend" BOOL NOT NULL,
    "kinds" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "proposed_by" VARCHAR(64) NOT NULL,
    "accepted_by" VARCHAR(64) NOT NULL,
    "ended_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "accepted_at" TIMESTAMPTZ,
    "ended_at" TIMESTAMPTZ,
    CONSTRAINT "uid_loyalty_fed_club_id_fd2694" UNIQUE ("club_id", "partner_club_id", "number")
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_fed_partner_bd03e0" ON "loyalty_federation_agreement" ("partner_club_id", "status");
COMMENT ON COLUMN "loyalty_federation_agreement"."club_id" IS 'the home club';
COMMENT ON COLUMN "loyalty_federation_agreement"."partner_club_id" IS 'the host club';
COMMENT ON COLUMN "loyalty_federation_agreement"."kinds" IS 'what travels (TravellingKind)';
COMMENT ON COLUMN "loyalty_federation_agreement"."status" IS 'PROPOSED: proposed\nACTIVE: active\nENDED: ended';
COMMENT ON TABLE "loyalty_federation_agreement" IS 'What the members of the home club (`club_id`) may do at the merchants of the host club';
        CREATE TABLE IF NOT EXISTS "loyalty_federation_club" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "federation_id" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "invited_by" VARCHAR(64) NOT NULL,
    "joined_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "joined_at" TIMESTAMPTZ,
    CONSTRAINT "uid_loyalty_fed_club_id_10b28e" UNIQUE ("club_id", "federation_id")
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_fed_federat_5ac105" ON "loyalty_federation_club" ("federation_id", "status");
COMMENT ON COLUMN "loyalty_federation_club"."status" IS 'INVITED: invited\nJOINED: joined';
COMMENT ON TABLE "loyalty_federation_club" IS 'A club''s membership of a federation.';
        CREATE TABLE IF NOT EXISTS "loyalty_federation_entry" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "partner_club_id" BIGINT NOT NULL,
    "agreement_id" BIGINT NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "purchase_id" BIGINT NOT NULL,
    "return_id" BIGINT,
    "merchant_id" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "discount" BIGINT NOT NULL,
    "credit" BIGINT NOT NULL,
    "points_value" BIGINT NOT NULL,
    "owed" BIGINT NOT NULL,
    "settlement_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_loyalty_fed_club_id_372e38" UNIQUE ("club_id", "key")
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_fed_club_id_a3872e" ON "loyalty_federation_entry" ("club_id", "agreement_id", "settlement_id");
CREATE INDEX IF NOT EXISTS "idx_loyalty_fed_club_id_65c702" ON "loyalty_federation_entry" ("club_id", "agreement_id", "created_at");
COMMENT ON COLUMN "loyalty_federation_entry"."club_id" IS 'the home club';
COMMENT ON COLUMN "loyalty_federation_entry"."partner_club_id" IS 'the host club';
COMMENT ON COLUMN "loyalty_federation_entry"."key" IS 'purchase:<id> or return:<id>';
COMMENT ON COLUMN "loyalty_federation_entry"."amount" IS 'the purchase''s (or the return''s) amount, rials';
COMMENT ON COLUMN "loyalty_federation_entry"."credit" IS 'credit paid with (restored: negative)';
COMMENT ON COLUMN "loyalty_federation_entry"."points_value" IS 'rials the points paid';
COMMENT ON COLUMN "loyalty_federation_entry"."owed" IS 'owed by the home club to the host: the sum of the three above';
COMMENT ON COLUMN "loyalty_federation_entry"."settlement_id" IS 'the closed period holding it';
COMMENT ON TABLE "loyalty_federation_entry" IS 'What one purchase (or one return) of the home club at a host club''s merchant leaves owed';
        CREATE TABLE IF NOT EXISTS "loyalty_federation_settlement" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "partner_club_id" BIGINT NOT NULL,
    "agreement_id" BIGINT NOT NULL,
    "period_end" TIMESTAMPTZ NOT NULL,
    "entries" INT NOT NULL,
    "net" BIGINT NOT NULL,
    "transfer_id" BIGINT,
    "closed_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_loyalty_fed_club_id_f31792" UNIQUE ("club_id", "agreement_id", "period_end")
);
COMMENT ON COLUMN "loyalty_federation_settlement"."club_id" IS 'the home club';
COMMENT ON COLUMN "loyalty_federation_settlement"."partner_club_id" IS 'the host club';
COMMENT ON COLUMN "loyalty_federation_settlement"."net" IS 'paid by the home club to the host (negative: back)';
COMMENT ON TABLE "loyalty_federation_settlement" IS 'A closed period of an agreement: the net of its open entries written before';
        COMMENT ON COLUMN "loyalty_account"."purpose" IS 'REWARDS_FUNDING: rewards_funding\nMERCHANT_FUNDING: merchant_funding\nPOINTS_ISSUED: points_issued\nENTRIES_ISSUED: entries_issued\nSALES_CLEARING: sales_clearing\nSHARE_PAYABLE: share_payable\nSHARE_CREDIT: share_credit\nFEE_PAYABLE: fee_payable\nRULE_BUDGET: rule_budget\nMEMBER_DEBT: member_debt\nFEDERATION_PAYABLE: federation_payable\nFEDERATION_RECEIVABLE: federation_receivable';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        COMMENT ON COLUMN "loyalty_account"."purpose" IS 'REWARDS_FUNDING: rewards_funding\nMERCHANT_FUNDING: merchant_funding\nPOINTS_ISSUED: points_issued\nENTRIES_ISSUED: entries_issued\nSALES_CLEARING: sales_clearing\nSHARE_PAYABLE: share_payable\nSHARE_CREDIT: share_credit\nFEE_PAYABLE: fee_payable\nRULE_BUDGET: rule_budget\nMEMBER_DEBT: member_debt';
        DROP TABLE IF EXISTS "loyalty_federation_agreement";
        DROP TABLE IF EXISTS "loyalty_federation_settlement";
        DROP TABLE IF EXISTS "loyalty_federation_entry";
        DROP TABLE IF EXISTS "loyalty_federation_club";
        DROP TABLE IF EXISTS "loyalty_federation";"""


MODELS_STATE = (
    "eJztfWtz20ay9l+Z4hfLVYzfWE6yWTqVKkqiHcayqENSdnLCUxBIDEVEIMDFgKK55+x/f6"
    "dncL9QGBAkh9Tsh6wFoAdg91y6n779b2PuGNgib9oLc+g8YrvRQv/bsPU5pv/I3Guihr5Y"
    "RHfggqePLfawaWDbM721pi9MzQufHxPP1ScefWKqWwTTSwYmE9dceKYDb7OXlgUXnQl90L"
    "QfoktL2/zXEtOhHrA3wy698df/0MumbeBvmAR/Lh61qYktI/HhpgHvZtc1b71g1y7Mh67t"
    "fWDPwgvH2sSxlnM7en6x9maOHRKYtgdXH7CNXd3D8AbPXcIvgA/0f3bwo/jHRo/wr4zRGH"
    "iqLy0v9ovHWnStoWk3vaE26Aw1rSHAo4ljA3/ppxLGgAf4hO/+eX7+7t0/zr9/99PPP/7w"
    "j3/8+PP3P9Nn2fdmb/3jP/xjIm7xoRjPuh+7N0P4IIcKkcsZLvyH0eiezqmYMCLus//P8P"
    "9yprv53A+eT/Gf/rA0/wNubxJAcCGSQDTx9iGCuf5Ns7D94M3on2+//34De7+0+5e/tftn"
    "9KnXSSbf+LfO+T3gd8TfhYun5jcRDkcUMvO4QWbOykaegzxsWYjtIQTpC91lC1GY9z+VYf"
    "1PxZz/Kc149kXaTCczEeYnqeoRwGF3mQSbf/qhBJt/+qGQzXAryeZH+rNEGBw8v7+5TY9B"
    "syE4uSkJclxEMCFwRYoJjb8tTBcTTfey/L6iPPPMOc7neZIyxXnDJ30T/KOEHPwJvPMthr"
    "OfIGwb71H7tose8Zqgub5GtlNym9kghWH3c2cwbH++hZHmhPzLYqxsDztw55xdXaeunqUl"
    "Fg6CvnaHvyH4E/1376bDOO0Q78Flb4yeG/53A75JX3qOZjsrTTfi/AouB5cSM2DiYpBJhR"
    "mQpKxhBkh3ktMfaPRsa+3PziMRu7+QNkrd0omnLUkluadpj2btlxb8kQi61Pp28RNVP6rI"
    "OUmppCyzlImnT6eaqNUbp3re9j2GHXtv5i8gD9PHXOuXcTUriA+Oi80H+xNeM2F06Yfr9i"
    "TP7vVRlwGMc0ewRAaa6NqKrkbL39VXIWCTmIGUA/R3Y48r++3BZfuq02CMHuuTx5XuGlqC"
    "43DHOXdSV8Jns7fm5/P0Fd3WHxh34GfAR/u8v9Dtx/Zk4izZl2cAsfjtZilMbEwpND1G8h"
    "ws1mijyZJ4zhy7rwgCcuSTo/EaDWZ4rNOPno+x20Qr05sh0yNo5lgGex6+9z2aUJPzO2dJ"
    "bzw4yKGKDDWp0xrurt4zsp+wa1J2G/QKJm8azVxA769G8HZ/FhB4Y+N/FNAny07X3AD0cW"
    "FlBFBsqYcEUsNQ3T7SbQOd/4AM84HO9yq2+nkZW/282FY/z9jqfNFpouBqikxmxlcEoM5L"
    "YaznGzDW8yzGGuxeFRTnFKnSnGXWnENhjdciqypFtkfkURR2XM0cFB7FptdEOkH09EX60j"
    "A9ZDkP7BAn9BC3LOySFmI6WesX0/i1yr5XPxqsEKpi1p8uQpVSC8treClCZdfWZdcGjK3B"
    "tL2MDXVkoihr2aamoahxG2M7Na40MK5yloFP+uFTH1u653uVClhOh+ktj3HyF3H8P7sEAM"
    "IZmmP9x2dvCdM/vm7KmP0Lego7NjWu5xjMbjIzF8iZIh2BH9wGO9xx4QIc4gsq9qnjzsEq"
    "x9YUnd37D92zH/T6TY65X+v4I3tkdz00o0oFAAPgvvfhA4LO6F/YRfcBA5hOcf+a2VZscD"
    "4U/ZInE6/CV/qfN7IXrjM1LcojRoAti4CLbkZ/SPpZ5ACeEPtBG/AGThOcDvwT4C8FOUhz"
    "CDU3QA7yxxaJaugyWb3FkRcdeznPnO6HjsKgN80n01jqlqhVpNsoIoYNT0cWfqD/5NsDOt"
    "PRxJkvdHv9uooVtINIjbluWiITPySoJA/JEIfU1P+xjJFJnyqe+j9mzEybKVC6lWtwbNpf"
    "EmQSM7vx9vvvGJ6Jgm9G3St28sfXQhO9fVvwWLAifAjBTGgQLp44rsEghkoL5m2ZBfO2eM"
    "G8TcvT0u2HJVXuqm5ncfo9bmlTXXQr+9CGgUZ256aFcKW4svMyq6l4LWUAG8eemu68GmST"
    "oj0a8LSxmmE7ppSi8Jewi9FKec8GR6sZVW3ps3ThUTmJGEKyozsq7EyBegVSj5lbQiZUkq"
    "4SpLenXSBm19Il7pBg5fPzMrCEkUn8bYAa1wlD+xWzoUtu4ns0yGIyjNvPAiJMmN0KlK0J"
    "lOVsrQGSvQ0HOjIxlAVkExMwAcf26bbW714OG3l7VR2sjUZ6eZtUafEktvgC+ZTBy+ORVl"
    "ti5qkwrxNZGMnAUT8dYkvngj9lBlFuyykyy8BUHzK3nVVXfJRTZZLnLLTlYkseDZ3F3eJU"
    "OQQ4ibslg3owxqkySLk8i7gk5PKMGLqC2J4cSzvgZs/GQ4f+53mefg1HkkKVqYejFfzCwU"
    "m3wT0cOwwFvMRaLD9U1U54ef7NU83tr+jqUTn8e2GzitpUAG8dAK9E9QRkk/qRSLmU90al"
    "j78USav08ZcgZRVsL5tfRwXbNwScB1sG2+8ykLxr4PnC8aiV38eUpyQ3nzz7ULMUaGCGdJ"
    "obIyyTWw5KNkRS+3RorhuYJ3hDOFgw7mQN5ZGa9D8LD5k2i/HmiWJ+8jdZ6BPcYt4h4kfa"
    "prPLd/OmkU0fR/oDnRV0HLLCLkGrme6xB6amS18UvNA3KNDZvc/ugH9vYm+/f10cMh6+Hp"
    "6gr1Wx4vLsoc0NWEpCbiIB4yGRzIhKg7tuYRmc+RMbSplVilfeQQ0/LJRP6z8uM7+rIli7"
    "qADqLIAhZl7kRzGPE0Qyc5oFKMyXHvvYFoQdTHDo8Dr81PbPFc0wH/wTt6wEspQyi0EaLJ"
    "FaOvR7hY2TBJnMpgmb76YBQfahCpNSXkrO/INEBCqot1ggpwX1ZgzWw9hUQUBdjiUVi7Ur"
    "YT/FYvxKGE02ctwH3TYJO5foKtXBUvHwA0xIwk2ajofHutui5guEyJEoGRZyWLHtOlYUYE"
    "dysnN38w7lDT5iC0bUeDlRtULlu1bRLD534MffDFuIbgaTmW57I/u33rBz3UIzx8PWyG53"
    "+9fdm04L6aZrmTYe2d2bwV2/06cbjE2WLnZH9qB93Rlo7Y8dGIjoFvjp6A+kY120bz5pF/"
    "32zeVvLVY9UBu7lFuzkX15fXeh9b7ewEATaznWWDWAkf253f/UGcLVue4+Yq+aVl9/XIBJ"
    "f9PEM59y1tuF41hYtws2vDhdai6MKeGuJkOwGe7XtXHR610nFJSLbmpTu7n7fNGhvGespw"
    "+ZnlIbldpYVm3MekBqCk2XxsEoRfZFGqrbksm+1v2Jg3hHttjK5UnkF3UWYZJIPee9NcPw"
    "2PTSY7V4ePk/mHFrRLehycyv6AuWSPQUaKxbTsE9WIgwIYuNRH+6lrcTNR+lLlXFKWSV32"
    "OkiSxzboIfCvobgRdr4tCNHJ1BtaUAmeWertdg2q10gh6oWmHn1nCqd3RlHyr78Pg2btVp"
    "ra5Oa6wFkkR91uj3CEdox2lUfPazPhV+PmQZ/Pugd5PP4IgibXGZEw/9Hz2AyM58Ko1fpk"
    "t7ws6w8dK0PNMmb+B9vzZ2qxTmsRs4lDC2AjaffW7/kZbA5XXvIm1FwQAXBcawWBXqJJXU"
    "Gw4rOT3xHGbzUOOGLCvXilLJCgqKUE3QVHyzimJXUpakupR0u7YMMeyHqKAjmyD2VP5mp1"
    "garwyVh6OFNaPKYGjRw8/CZz07LKPo2Anwu4kebbBcx2s0d8ZQQpE3J0NnEPwQr1jK6jEy"
    "iCunCnrdL4Ay6MNEmUeCzu4D38P96wR8SqIK6EF5dWjSlCxqjhYOnS1ohl38fmTrkV+A0J"
    "VDIELe7+PCH1cwnuwbZXMDjMdnmojlF1HIi3U0vv/nt+B/lXCl2msCS1TjeScMh/0gvkUF"
    "eTB+aebQk8i2jPdIjxdwfsR4ETZxkENcyiwvZv1pmeWVIgRih+12ntkTzJDcqXd1QFWQrn"
    "1J/8jTCmN3y2mGoNFopk1/hE9Swr3q2Pg7WLoIiBDBfrvaz4MWzyCkypEObg2664FToIme"
    "dAsi7KmZ0fRd3mTmuB5iG0GOh7X+FyjtTGlntWHyh3NF7eCYpytM2N2XIJLZ8yGNx0/3PD"
    "xf5BVVLNxH4iT7w8W+3+1ucv72h3/88PO7n34IN5Hwyqa9QwWwvlBYWdW0ehFirugIPEYf"
    "YAM0bnC/2yyhjDV8dDFLsy6ZaHpKgo/MSGHPUYZU5tYkUbAvM2kYIu03Kcq084qFnusMcf"
    "7OtFFgn8mkt29wP0W/pgYPlHxpBHsUZ1knVmY5yFSIKQq/z8Ms4rH5ZSALeB7iPwS7+rLg"
    "p9CDw4sgoYVOyMpxjVY6zYO9pYlSAfpRD94N7X138SIFYBwpgLHn3qGSiWAfrUNVFP4us7"
    "SDfUsYJMoQKo6X47jrFAGez+fFB7R7bJrKM5wctyGoQ/np6X5mevvqc/emhXRjbtoju3fb"
    "6beHPbjtjw7Z7peftN6HD93LDmS7Tx41Zzo1J3hkD+5ub3t9yI5fLhaOLHkUKqd9zzntm5"
    "sOF4USH0mjYRbCD4uD6obBR/sxBdTa4HonvAr0yGqNiH8usQB+Lpz/P6en/5RqMdgI/Isi"
    "wHcOpbT4d2PlOvZDqNzz2DDkOishW702VNxyJhAwvaSGUo7O+UxUfYr2aBC1F4mYKv9H8a"
    "I6rfAcSaLsT6gqghQI6Qm3uD1kZYvmrlrbsiZUW8a6tRfmEIY5wk21VKEWFz+ZeEXPlr03"
    "kdzTzAZgV18sXOcJG9xx9zeeeALJtAcJGQzaKOdg77EOy8XIO9XGH+gS0mPP1toc8a8G/u"
    "Zhlwd5a4ka8LEbmcL/fwUfxtc2c6n8j0LBpUTBA3+XSISZ7Jhhg9WLhkqUkD3kr45WmCyk"
    "RY1fDx9/xlA2EQGEBLUkXEgVQ3leBumgTxVjfecZtEN+L0RDEHGSCREvPB5K+9SKBtjR7K"
    "5L2SAYBZ+OTN91HH5/kLPIO/VwVdpZYBZc5MnYliR+mFcTnuQik2lHImvi4bkm2AomSSVt"
    "sl1FRv+zjJPnn8VOnn9mnDwGHpse0eb0zNdsx9PwtwkG+8fFhplr/Wzy/Dw/2B7dQeGVo/"
    "UH+XzL8JOzWVA2zw+mZCMsG43VzRSzy9KU0rqGpLTQYhKwqHaRZxNvXAUhkZrtArPd39ip"
    "bmbAxwjN9yytmvHVZnzASYd4uRO/hBBCUiWDyu2qjMpLIYdYyWFLOVRYDFlaJYVqUnjCLs"
    "ntI7mJ/TEiafneINBBz56EBZx8qAIqNyL8hO2ysOhBxDLHnh54IpNyKS7QG6eRo0QvvPbk"
    "SvSqcJeXFO6S8O+VDumME8nsP6qKFtYSqbwhMoUzMMty4cCU63CgI2N42eCSxFTbbd3IeI"
    "xnHmLiU/VsPHTof56Prbh25Imr2D4KpVpERIdpIsVhEZ1AUykbG6GFus3zaYlQstJZemPn"
    "WwsKHkHQMMRxB45kBA0DHygd16CwkbgJSYWUGD3oi5xOpvUOnRuxEfxgPvcDdS8To6HCMa"
    "QMxwjlJSSDOJWq1Lw1DnVsaODJCuK4AMGTE8PxYoKnK4ojgwVPURAK7zj9LK6kFl1+rSXp"
    "1DqrvM7oB9hkWiGjKkWoRFBXXlQsy2BL+CmW23BkgiiLPyW3gQIAKm+618DdYWyoE2Vvao"
    "1L1RjGx1ZzsKsIdX0WtYqQ3hJVtKDpCWT2sXpWfqsCREXqtQLoyO+t4nONIBs/YRfNzW/I"
    "WzmIvywHrap15C3qZB02R0WiMNm6aqGo1sllmL2L1smweET4GzwvM38bZA6JDsTztwbX1O"
    "kIrFNTE2Hbc9fpnaUM+9+dl+D+u/NC5sMtZbq9TFd1Rostk0cenGjFPrxSmeQnp9vuNAP6"
    "lqODoc6aozalHymjP/mgoxZXq8s5/qh27bEELh35g4TazXsWKRX8BfoQtqZAsCbInM+X7C"
    "PyfX61jLqFBiWXNa38fA02IfIVgedrCYbEe0xSjcH4IqrBbefmqnvzsRVM+5F92xsMO1f0"
    "AkOjR/aXXvcK/n5yTAP+7vxx2+3DBd4noGTp9V3XDJSo3YFcKdxHoimUAn3pUI71RPW88V"
    "p4o8zSSlzMScLNcgPwGGPtfuExyYRRFh3LTsUaALIyUGUQ47YHoPKgKsQOYcqtlOlNWrSQ"
    "+iymNkPb6FBTRXPnCc+hMSDVdu/1ORhD92jqOnOq+7LgjDCezXOgTQNzTgfX8ntS1zl4bs"
    "xcovIEVUPmC8fD9mTN0u2z1Y1cTHkD8VZ8RoPYwytQDqmJ/uJxKFrSDxDc8zNl828GpktQ"
    "V0kF6UmnvFeqdLJ9dZN9wXm8vAmd+q1YFZNXBPl9kg1nrrNqx1G9EwlLmqRXsYCkckhlll"
    "dFeHs3FfIhEJV4mmE+YCIEdGcpT5DnO2hfOc/3yW+MUQlpVHBE9Tiw06ybt2Zb/Nyx8Zop"
    "W5Xgl/qnOdTyq4qWBbRSc37Qvfl43dFuf2sPOi1EKK8trC1mOsEjOx9D06LLDt03w3uAp0"
    "X3AFWLh+AeHkkDlMtZehrB9MWGSPuBHMoTwlhqazWQtU7Kn8FpytMr6Vb/3pSw/SpxW5XP"
    "K9w+suXzVA0AVQPg4Of1i3SP5MJWomkomoqQrzNJrrI08qiVMCoLQxXE2IvxEAPHhWZ7ku"
    "6ErIbDemZVQZI6C5IUbu41MPj0whLTHM470EowOqmVKE6X4HSuIleC1YVp5CqGI8Pj5IG1"
    "rwpGwVsLohPFaxnlxO6ehrxE6xpBUae8lDDnuSpGjkc0v7BUvb2dMlENM8cyuIj8yEuwyl"
    "lIQiyEUYUkyBmSEAmvrPERUchsefjBCPzIaSHeuan1i2n82kRzDEWy2B9yeKkm1nIsDotE"
    "RBLbJazNNXwq4gKhWxL0sjEJOrOctW5567JxHwc0z8Vtc+mXB+s+zhUx6D/OPrqFuv1+E9"
    "32KB+a6M2bTFDdYWz3k/fh3ra7kNegm8bIvu33PveG3d5N+5pecp25A0/p1sj+3AEO3Qy1"
    "y37nqjts0W3MhbJ/nt9OZmRfXt9dhHfZ9hDc+dLtD+/a1+HNJ9P1lroV3mciH7R47iUZ2Z"
    "0bqil26AXIwjQxkWMikImzwNo20yE5wh6zYHR7vaL6U/BFpadG++bPr791+p0WCkbgYuby"
    "jSZFNBtiE+Vjv3d3G5snD66zXIzsQaf/pXvZ0S7bw87HXv/PFiLYfTInWJvQn/3gVEu73Z"
    "W4RY/FOJXE56KUamJszxWLfKw12nEXWjn9Yd7S1a0oOvWBmpZw9NELTYhQjWmILdiKq62B"
    "Upn/P23I/P8pp1XiEWWQ1XIeAknLrwji/4Zy0jglp2nMlq4k9hp943vrjolttjTZD1ijv5"
    "0xIiu88ER7cZ+E/FVsRPGme1pFJ2QtH/hC0LFKNT8IIN7aQne3LfsxgIFu6ThHuA4FCn+U"
    "qAYomAS6hbvsKHJAS3nJ6ksBbS8N0+uwmkt53ROiu81NXgcdntPC0k07djzQkR1mYQQpkN"
    "Tyc8P1FuZF0sVlhy704KpySUjrkhDXeI5N04lU3XDGQuEe1yubNnMkGk8pRTdcxWXBhpBA"
    "alCXynM69R1OwRYE4AO/UhFc30EeIDBzA6a6QQQHwFGPOAKRs0y0TGaS6gQZ/a5UNvG7Dd"
    "nE77LZxMkjXyDaM0EnMXrM3Hf+1yI6Ryi/m8icgpNAZm9qQj8ruwQSRCe4AnZSLta0F8sc"
    "Nao40ykkON40J+7Tdh+WUOiFNBHBExd7BM118liDYrWTDCh6C36awHKIKGReC0wWZDmZYE"
    "IQfKFf9qMZFAPBrutAbZAgvV2KVWMs+U6jzUXSi1NUp5QMs1VusQCwJhR2KohsfMXjmeM8"
    "tj0Pzxe5wZSpJ5qbEA7WDpJoK06i6TGaUvWufhsOb5FPxeu60leYT9j13ZKW8xAc7LxEPr"
    "MjECDe+TWuth1wi+KwCiY5JEyCbYOF6whruSnCXe1XpyqRWDkv1mxV4KSICNQhkcNPyB5Y"
    "Ei2/Qk5xwE+SSmKr7WCMjcd1VQmbi9NLrXXCYagNhu3h3aCFZp630PjsGNmAVPbuhlTUvB"
    "jMyO53PtwNoF60i6dLAhWkh9eUyrPo01c39F+GTf91cd27/NS50tpXV/3OgF4dW87kEbzr"
    "hkFVcfrETWf4tdf/BAEr3spxHytps/UHz4HujQ2cdzY4joV1u2A1xelSsh5TQnmELepxy9"
    "3ne73rhE130U3t+jd3ny86lPeM9fQh0ys4DJTtsLPdS0XCvMBImMCKqVCgIkF4SkvqsEn7"
    "AWOz4hDOw/Ut7qvYiEcmkfLZ5YnZKFXHQV8Kl0uXOLm1v5MPNAVwkUlE8iws8puzorf8Gs"
    "EmWejeZIZdNNMJQym4n3zpjZ1v6Mz0kEXHJwg4gHS0ouIHcsdFFnTKmTjzuemR11msZGdv"
    "2QJAOWzTPIn6E9bVs20DWgLzUxwqiVHt7yD5/vROkYNucOExU7zFxU+i0ptc/EAsh/6yAa"
    "DFgAN/+DhcC/l6Kr06oYT+sPRv3UNzqlWx64E3ZUp/4jofCq519Nx+BynoMFwe6VYHCjKW"
    "EzI+ok2wAvrj10oKImfZd78pncl1EAj55bZzu+pcd790WMO2cEsa2R/a3Wu4NNVNq1oN8R"
    "1EbnHnmgisEyc5Gb2hNkAnlHcFSCdNezTpbXXAlTJhOCqJTUF3RamrknumXx50FzC2Puiu"
    "ExvxyCRSFrpLzUYZobtQCsWWbVxQpS3b+Hx53rL9CnVJoEO1H5C80ulY0JA6qDBEXiGoQP"
    "KACYIOJNh4g1hzazrxoKM1D9SEmlC24yHi0SlptHKSvnf2opFNLxnYpZqFwbsCsvBF7D6x"
    "/mU+2SNeswCqe/63RnTLu0dn9z6/OQvf+Cwk91ujg8pWPqStvHQtEWjWf1zm6IiK2Oz592"
    "Ubvm3s+JYJto2tIhFGp8hOkOE76GlINEgSecorzbopGCRBt8dgkGC3OdpgEGX3FM/107V7"
    "Dph2Jp2UZbB6fL7WYPTcRiMdmSDKGjvJOSiVrXPF+gZ3QL3e5MnLe6yMzcPbEm/rzCPLcf"
    "gAFFSkd3RqlqA5JoT+LHSmP9C3NNGYN8okK4wXTbSamRb26+HaTtbg2c1rRnaIor6OOwTB"
    "EdhC93GI9R5ICNhMvF6B//4x7+u8ohehQrvOsvc2uA1jHqT4L1B+Q3n20U22UEJmIrp6ik"
    "4p6yWUdVjUFRTHGJnyicjsE1Her5ciaWUFFm+ip2sFnnaQjYSayya/F3C1BvsvZlv08cRx"
    "jSMUSGm3V2wmymoH+kLYbAVGkiprA4bTpZwBCJPEQJzWN9NCb1B8RPKGB5bfU2tr5Zqeh+"
    "3AnoqZT5C8Ty/l2oA7edPI5r4yMAw9bFnUoJu+QfdT3bbp0UMHukfe0rUJmyU8SjQqLoBc"
    "Z4XwN5N4hMXFY30yS1inyvsl+77Z3GDxiRaEO+FScPVbeAt9bTl6Dn+LyzPFSPZfoOkw6v"
    "5O6i1Fm5ugKyxJuEdfWHhFOcOUGSS5GSRJ2s8Vpr/FzA2KCm5tVAp5Kxgq7ejZZ/XBNhrr"
    "9iPyaej/TywdMHXQjXQ0WRLPmTPQnA/+3u9MGKblUK1satq6hehnuc6TbmVTfHbzilzAPh"
    "jMNwMe8ZrVICULnVtJ0O8njd3/5VdigftBSpDS7OTT7NKyLK3ipQll1vX89p9htyd/sbh+"
    "GUL2G9CZvynQp0jZLpQ7Vg0P2XdrR5JIsd808HzhUMN0skb+50tR+1Gf57el2Nh1JaSRGb"
    "JruKZulW3heJAsODjX8qf980lwAa3Ua+Bz5/q6C50YLcuEBo3X1+0h/1P3RvagfdXpwwWi"
    "G/C1I3vY+b3Nrnj4b51dGXRu27+Bx3+hz0b2p87gtzadzf9NB33EZKY/6e6/YeT24FP7ps"
    "VK3uo2q3EFVC79zhl0+RwMtYv2zSdo9Ek8DVgHb/8MJESfA8Vtuz/owt8L3SUmvzJo9z+2"
    "WYdSorsPujGyOx9/G3boZ9Mf/aVLH8YPMw/Tr6fa4JNJaQbdmzYdkmob9N+/tX/r0z9m+s"
    "wd2e0/2zdXHfpN+lqnPJ5BIuCfkAK4hq8dtBljqBaqM858olz40O7DKx4pH6a6y0Zv9z+3"
    "/4RB6PfM9TWM8onx4zP9dLj+yDgyp98P94a9QaejDdvtLz06kEcPBqrv6PoTd0ofqlZB3C"
    "PINDowL3Pc62AiFXkDk3SbDCSJFgM7EHQeoDJ3bLymCith7W8RhK7oJFRty4lngzjAEEox"
    "G/T4RzqcVlS9sfi0zSGVetexHbo6LJNAkkN7cNntIsN8YNkStoEm+sL06FuayHYQ04cI1G"
    "Y2dDKr1u+3fmUo5LegVpSmk1pIsAqYXUc3aexiQNmpcceUVHTmr3DyJv6TXtPNk76Jmmfm"
    "BAU3EJ+TaGXS37r0WFKMhXXItUb/xq4jiUgjE7FqwvsyL6l6lxnvic1IQLBXncvrtp/fzk"
    "egp9/XdnfYvflIiS57N1da+/a23/sCrb71lW5CGweNYCoSQwtsdErDnoFx+DUYp9/5vXM5"
    "5MUr/8aT0n2Ddn+S8V+qjYUWbIpM6vUaQCOskQ/smFGjHzmW2NR0qW7nzxWh8y1LWUkSe2"
    "qBIhvfEwtXjPE5pIrz5Tkf7IGCu06KTHG8AsddrJM8o2WIvxVgJjmkEnO+lrjFzh/DzY7M"
    "0HFz3bv5GDye9m5mnGoM29dYXMe0QtZR0QgSF1BnyjL3bvjODZlRLeX3LBbIafk9C9WvKs"
    "LPHUAFessc6E3tF9OoGNAfpzwaKTeC6QkGkJgJekpyT7nJBc7eJKHM3iMJ3dsbAr4DxmbF"
    "IRzzfRkb6shEUTbUOzUNdxvtHbceJthc5PlafcqejYcO/U8fW0WdP5PxPP1oRCn2x60l9Z"
    "9qIU8BH4ojn2KcKhsApcXk9XwgFNRb8gmQOYecZD0MWVrFfDsMqW6iyQxDOx3Ibx7Do7/f"
    "dj420e3NRzhZvuLxbTYOaidvUJHqEm/4TVQcz0Q/yoOEFcbIjByK0Z80ncygc8XI9frxfZ"
    "9pefPd1t31Rk7nMHm89riv8cjYvGkS+4HoofpKuXnRvWn3/8xHey5yAtcv/hx22ml02fy3"
    "UFM8/3GZNctI/AdoNTjTz3/8SQijDylOcKeoHyFW4Fcx608X/Ao0RvGeXXG6ejatF6IbbZ"
    "VzkZFcVmyBLVY2Uzoa56gEVtZkTs7UhMV82R5ctq86KYN5q0yWobO4WzRyrDl+o1nCiPOc"
    "xXJRznSDTOOFvp6zelMz11k+zKi9xIKTHqgcV/oaUcY4eckm+Q1pthmsUl5KLLicBX9R5v"
    "7V8F8H98MYq43ZK8uFEZxAKotFTqsvJtMqgWQxcpm1uUYyNjsZN15Scd51c5QTT5tAOnnk"
    "OXZChsoB2ggdWVilr+Y3BIVy2e+0WeCjTw+xkFfdfhgNaZguc0aN7C+dfvfDn6zp0BN2ze"
    "matR26hMeDAVj8A73WvrmkS4tdBAbRMyjTimhkd/647bJwTvxtYbr8zfQdfgtx+goiS8Mi"
    "xzUq+KTiVLLHgLBvpWqFSRDVb75bLkDVIE1kTpFur9HZK3oV0asQ6E7vvCqb3XeQxfsyMz"
    "KjNExejYYuPbruQKg6tGbQXUhcNj0ZkzTTWqaAyHJIpRZaJBiqndMPbiL+RrSgogq0cbbM"
    "EhNRioxOz3nEQuVKQ4I9HoOi598AVMFXsO3Rb22iz0wVpH/38bRb6fg5L9vdYVNzh2x8KD"
    "+Hs9wvLnETp9l/jZvGL9OlzatjjZem5Zk2eQOv/VVUQCvWo4atm2B5gFMSyrO20NKl8phT"
    "g9Yxmsi3a0rJbN91ciJDWWD9JIgkDuoNc67ouvG3syj5yj+NAujiLFhwdIHdLOexFTfQLd"
    "wPyLpGpbNpN/ueK6hHhATy7nsV/Ro74e8EYD1LJ94PIkxOUsnL6QZ8I7V3l26QLRrqZ64B"
    "yaJU67Yf0NxxK530ZZSxYl0s62aiuglArVoVHCKHWHbDh38pl4elm3MQRfAzEIEU6jCX+i"
    "zcqT5A1Z82o3wdxcOwTgGIHlc2t4/NCYu1goL/LqYiLW3NHsRo4p8MIG0FwecQyyz4FZhE"
    "YZ5w8PEySwcwk6WLKcsNoZMoTSfvNimNoz1gWVEm1vPM3jIRS2Z2vyt1/r/bcP6/yzn/GX"
    "C4beLVEaVdSekbUqEmLzvUJOakFZR6klJJXRap56Tc+F8fD0CdLyDeotJqT9EeTbbVi8yp"
    "U7lVcoSTqdyqw+RWpZqY5Dj3g2ypD5+ez5Ni8WKdoL3FibD8P0L5Z1VC7zjHiuLvQn6WC8"
    "ITbS+Cv/n9OSCPKbL/9THU99J9xzerl2d6aEa/gUrVeI9siEVAnNTIj8urbWSVNSXxVt5E"
    "Vfp7PB8udAy9PhrD3qcOK/b5iG2I8Lm+vmhffmqFYGkQHxQEB4XRPGEwz8ju3vzXXbdPHz"
    "Htfy1Ndx1EDwWxQ0FMUBASVMkDVHv0jyjmJj/WFvfX6TZZwSbkf/Th8TeynM91VygIJEYi"
    "MdMZ6gzeBB4BCTEenPnYaKKxa+KpVal694+lMLkfN2ByP+ZU7xa2BpX1L5dRWAbzoYqJRv"
    "UoUdUhQabswbrsQc7WGqzBMJnlyKRQ1hRMzL8SKUN7a5RzqS8fZl5nrptWI8fIid/eaOXY"
    "jkdVKG3CntdwSPB81xwbsaeZDWI5VDlDg8/DW6qleRNqT/AyD1Bm6MygSpnlLFhMDhxFHi"
    "YeeR3YKLrrwmM5PXN28AJl9Ei8X20yemAiaFPXmYsoawkiedW1ig7S8x/LKMT0qeLozx+z"
    "ddsdONPpsU9wDmxVXBo0TSe3gUk3FGyzPQO/gpCZibkwAahrUuOE6vffQasON0xxka6AKF"
    "mO/86N0C2WT4zkBBbCvhk+p/OaHsO52uuG7SdBtSu2Z86CY47PmGFooyO088RI1MwWntlj"
    "x8jBP4q5HTyvWC3MarArBEsBxUlkNn4bF1AOKIg29vc9UL8DHb0k2FRzpaDg7RUCDlKkCm"
    "uSHWvaqpZK3Wb5YM6Zl2uUw81meZOc+I8/Z5AXC14Zvcdq9Dpj0xJyCEUUe1M3dymFpLvt"
    "bRl329tid9vbjLFL1RwhI9d/XmbjVlr1R4X6qqN4r0cxA78/c1007zRO3C9zIDM0WpvHKM"
    "rFAgFZE1RhKH0BjTKZlsxyCHSetkwVZ+aypUc+4aUTAMYmDM+eetgFZhA0XtPLiJI47vsM"
    "Wr6zN41sSCR8xGt0xlMJKSFrxe0tXd2CG6/RXH+k6j/cJpTHPmw/xmjlmp6HbdbEviT+nm"
    "5FD1XAUvF4weXoQZtuzHR78PB84anSX/IqNIdskX5Y9u++bsNBg66fD6Y/1cme5zoRmeNJ"
    "KnlhtQbsrWuec5yokDHTCbQhDj3HUrixLN1+WPqndFlJxGlOQsNP8bkMl4t5nLWd5gvLb0"
    "5eeq7HaE6Qw7sIUCxw9G0KUDyAo29vLN6J00l+H8gJwQBHWO6SProUr3b5X3edO6gvyalH"
    "9qBzM2wxSytbn3LwqXt7CxfIo7lYyFKL0jeocoRVXB42RrI/h9X3u9Uja/NHQXkeDbuuk5"
    "OHV7zdJKnk1RCl3XIU8lg8w08LeUz2dLe9CiKPkakkc5mTzNOYn6Ccc8iPRt6Ntq9VhKEW"
    "Jq9SiSDYFcxzgFzfs5EZ9go4rwlmuodiysyLmi7Y5r+8wlRJkR7PNPkagDVkhfECseqAD/"
    "oTmw6sfcfKcR+x+x6NLZZDDA4ABvzzZfHyJgmry1dNU0hQHtkUCSYCnRTOoz856HZivOcV"
    "vf2buuXY2HcucWePs/Qmzpx+A0u6COoa0nm2IJgE0wmtZtTIQWfhSwwTl624euxzSxJP6G"
    "BBhdnIcYHyG80SVRBI+OTziUFhAV52Gul+Z6AmeBXTNcnfI3AuLnTXI6wKuZ/r47HEHcPF"
    "KzZGTm7Qbt5Rxj3pM4Q7S2IGAvdUxv5WPkjlg5SK/Sm4qFR55Z82lFf+KZvKfbIdhaSc5E"
    "nf42QCjKyQYZ0ilVkMrJyEhY0H0Cz4VydKvq9YyzqnJH56mH5PztKdYG2bKi6pIWQu1x/W"
    "Pw4lpBPoyEX1QZu3AqpWfL92sNvnqejqSZCpOrBVF4WCaIsFcroQrYunS8rUavk5CdKjMb"
    "hfJFSbMJnK760JMpm1Egk31w21Xzhbs6IQrv3yNRzoyMRQtvhLYgJuUQWUYQ85c1+gCChD"
    "am7pOCfE7p3WAI0YVoR7Bdwsh31pi+DxWhPx/mrw0fkcsxw229INrhWSJCWSpNCOQ6EdVd"
    "t31NG3Q4kArvg7lRD3IxrF+OrwUey4EIApYlSK+XVp0qFTbEtFOnTDHZkQyurR8dmXX0Mx"
    "tbXUwNNr5xindVmORlupsFmyS6XbtwhzNO7IVnxW3Y7s0zK+5iAP6RXxK3tD1isEKnAvAX"
    "f+us4K4p/8QpKPPKyBoc/8In8lHYLNVJLnb97Ze1R1Dok3/03qPxe8iC85othjFHe332/s"
    "Sg67LoevvAIv0CsgV/eoF7LRCUSqpfTfOoDNI1yAAqBmmTZcPRsPHfqfktrtNk24Djqjyy"
    "q4m1pw5Vde30px7YGOlqe38hsb1daxaVn0J2tO+KiY2srooDCLjhauYywn3vPKJI9oZBEV"
    "BAq+2JiqlmSz2lrfe0Y2BPxyFyx5g+4X2DUd4z4YxV7Ox/xNbEyIOmddzflj6Ox7yn7QnN"
    "nFNfZel469fLYQTACeK3VZOnV54ZqTnGoBmwQQksgMWTVck44Ck9uf4KzvAAt54qsMTah+"
    "xAtnsFUlWA1135E460lRycHnA9NCYplT4xsx2YA1D99cRTy7Dkg7vkR5faWbHhyF/pEhaH"
    "c22l/b3WH35qN22/7zM0uXT484stuXw+6XTguKk5lPOCeV/m5w27m5Ysn0S6agwtXL9s1l"
    "55o9OAF+WVY1MZ+XqlWzoVRNpsQHM4Xor8vZGR3Hwrpd4EeMkaUkPKZ0uxJxeGW/EU8Xvd"
    "51wnq96Kbzvu8+X3ToCmOcpw+ZXsH+xvfoLLeLD6GQQNqCBo08Pes9+h6N8dRxecLL1HRJ"
    "yYy+usse8O/R6JbkCgM5aVoV6CdzoB/dWmeOWwGvSxAejYwbVGvwl9dk6boQ3u4uWY1NPm"
    "0JXYAPus0LZ7IFGBhTTaprMDrK/OV8EZTm1KMzyw+ObyGsT2aB6QRwC8uopCdDzMyaO7Y3"
    "CxIuTTo4geTed2/p++jCWXNtFP4st/5PcEYK7/oZOolj+7lCy2cIM975rNOhtmtsWR1s48"
    "91kpfa9nFugovEGwKQsPQWx8aaM52+vAXHMCJSKaI/RrgXideAwTTCephQTyRYhCZBxhL7"
    "9TfYEwzvMjMA3elPBzDLli7WXKwT7gYo6yzNUp5A6as9tFPmhrA2FspyThCdHJ/rL8zp80"
    "t8l0sQHs259iKNGaj6P8HiqmOGTnbVkZ5VkfoYGCr8V6AzQhVIj77KAoslSOKlFK+DTN7D"
    "qJYungMnXKIRnBeDX9xSLUMoL6wTfCtaOMDHwKMWk9dCJ9DGAdxxM/qf8qhmzeIIzdYqFf"
    "dStGpXlHlXDOHzKlFZKVolaaklraLvXmD03XJhVJR6klJJXRap5yx2/+tljbk8tJwPEnjh"
    "RyQISyBJpwRQV3JXcaymcC7SNtGacig0W8VrRllJOfO9BvbeRiOdKHeTa3yrShQ8ljNnix"
    "GI2WZBsbdRjM+JcH2n9SgSPCsKNI7xtGS8cTzUqlw7Sh85AG+zH/HGo0aC0uHpUqrMOEf3"
    "7MnWL+z/fm39wkf59T6bKrejd+TWzuAs8E8+jrexgOD4dRdTOuJpwG+y0PlGElyE6p6q2o"
    "Y0x3ETbYgfPobArd1LoTbITlUvOWgFB8EyxAkieYsRN6LNnW/qvAR3C+Vv7SXB6t0XLs49"
    "JMrKJpdY7qKsDoHQM/bZXD5+iVaWKBT+DnTmKyf0EVKpTmv9ntf4yV1BRtusoD265ML69a"
    "aB5wvHw/ZkDYJqIpPlb2GXODbTqSotoVJxB283xB28zcYdwMdUQA1jZCcIGR4vRJgX2QX5"
    "fpqxzMvi2pSrkCSUO1uhwTIeufmy0nnLJLoFmk+QGBR1P+Y2DQ/maPmBvPAj/U47D/R51l"
    "4CbEd0xpMp38x199G32jjl9l1QakyMUMV4X9QyFg/IyxCeXJzYTuLx4lhEeUsrgWwoW6sm"
    "TD9M0d8ScQ6rAhyZEMrizfHZJ1WBsQDqzwFQY16A57HTmPPhedR04MyxN6NkVPMO/ByQRs"
    "q1gCZLtEAsVx1qgkXp4P7LeIZxFiitb1hVQkzi7ai5AdOE/6e6oMgpHCOROcm+4gl8XuoE"
    "Pt9wAp9nT2DGMiyk68RIFJfLcfkF1PfgpSLOWHrXhI4bS/Qqi46pmh67ERI1lrTehw+tQB"
    "4j+3PvZvjb9Z8tnh1rrUf2n512Hy6sse5a62rYc91VPngZC0FAJSLaI5gSnM4iWIrNvzSo"
    "tkKQpz9iZDt+eSmZ4A8V7Vq8Bo4z7lFFu75EqRdFu1YqcBltU1sGSx2h/A8SJTV0FneLAf"
    "Y8CxcFSqUfaZax9z1noS0XGkmSPWv5f2XdK50FWi5YjtVCXyPDNNDK9GYxPwCr3MGrgmMD"
    "nv9uuWgyHZGpjfzCGzSkBPzfGSxgVy8a2Way8ngrhA8e6eLgPoo1K/N4zxh76Q9+j/ATZP"
    "qx0iXsn8wZCantj3hRumSjwh2kxB385SDeKjhGJm955UZ8whesuMNLJ5IGW17CwohTyZ5h"
    "nNhagp2F/R/RDGdO+a+xv16/55Uypqw6EgSp8B3b8CuZySxFZ+lNnHllMztGLrWhfdvuXv"
    "nhXBrEbozswW+9/jC4xNLFRzaMcHXXCa7ajhe4/w9vcpPlfK67YtF3EYlyepZxeiprupj7"
    "x2lXlbGmlatbubplEcLRu7ovdTLrLXNN4OBWs0Q3rQl9VnOWAglCYHMalEe69QZ1qWHIg/"
    "7B8pvRDwdzEQJQbQOMyKChZjqz5xXhCT+WA2Yt3MiYvLt71cim5jP9yQTRxaK7zMM+mbCR"
    "Q9og+Nmx37O/Z47FjFvYEeOBfmPdfgRrnIBZPrKfHNMIbtOVM50GdTzZcxAhRQpd8pn2BY"
    "94nYwZz8tGSnc3gPSm1Dj+b+GHpmp/IKfJfbrpNtxBKrNpdoSl9MM1LWgE0GPrv+7oyQWV"
    "7sMxRnb79rbf+wIX6YHhOk+sUj6rsE9YVX1u1XF7rt/5vXPpD/A3njD6ZJV9Oey4zPZZ1p"
    "rLEEptcPNknTBJJxCq9Ik6ggk6taa27RDKivM/lZxTaVnsIhUnUgjEqoCm6eTFOmBVIJ08"
    "Ul0MsEKoee433dGX0JvVch746vAzqUgrDLFs/WIav4LaxvQ39pccCwZU80cenIqn5jcRwe"
    "WQ7lF2neHFd5c9UQmCsEw4cy3uQQU9nn09eLnAIRX8KHA7gXfM17KbiD4T6ODJY1JQhO/O"
    "S4jw3XmhCOFWpoYPZeQ8K7oh/lZcvicgkXq5rTkUz+Th8WYjXBl4j+gm6K25POgtcFvaTg"
    "2tBjp/DBO4V8D4s8/tP14nsK/r3s3H4PGYoC6vexcpAYGZpwWWpDBSlUcttWbOGwOk7Gf4"
    "FewC7JahhSGr7g4GeXWJ5VFL7CyT0qaNZAHoR3VZ5FErWVSVBbfN6KcWZvIVnzl5tPIePr"
    "Vkae7iMOEoI+Uhnc/YFrNB82jlFUEjUL6okhZ+clCOmv8UOXRo+EbKZUNIFgmi4xAC07/o"
    "Trqi57k+puzfUhL1q8IJUDojjOfyyZO0ygt8TF5gFz+ZeFVR8AlSVUhAniDqrJwBOa5S7j"
    "8iU/KVW74s9K6SiOOURyNlVosIkEEObMRBp+3RjGOTPlOKfLe5sKmXQywzTiK5qTfWvcms"
    "ggwiKmVmV06dVYXxDy2CUCkcr4WlkKWVeClwp5bvn4dzKPC/I1M6iHZD5KEqnB/TBXZQOD"
    "9+uNbA4ws6XDsa7UTZnKORlGB1bPuogdMDcDjfkVLT+Vh2nLL8z27EpWY6VWFqYPwtw8Uu"
    "gtGkYP0OZnik70kVyBznfl7drqRwng1o9pHzcG48H9QM4dLfsXhgwB78IGEesRvE5zajTN"
    "sH11kuvouijakpCEg3/kbfYa39tDTXWWUiHnf1npF9Bim3EOCyck3Pw3YTEbpskeGsbMvR"
    "qaFqrSBCmVcdZf0UKIvReO1hohJ1j0DXLY4ahlnBYhVF/BkJIpkD6ipmrO0kZo6+0cvtJF"
    "vsRo2RyMxl329Et0u2ydDNA2Pkb758T30DSSKwcb3hhwg8tj3itQuXa4HSW2yFH0MAveie"
    "VFsLEM/xdEtsew9JZGYo5OsG3mke4USaYQ1N2SxplTZbTiCn6zAly/Ec9LpqzbOTtMfjbE"
    "mm2FHTnOq44oan7PIv9LVUqkcVJHNuWZIqlj8qxVzY2hbeaU2qC2qi5Zuu/p3mJqvVcta6"
    "5a21cfTsswZrG82xO5nprOgS1cwW73lAPHbnpk1JIHXBNmDxuDl1pYWplXV4pNahqGF4wj"
    "bhTkoa0y2c7vIFiaMFKbsRibyRhBV5rCrFKJW3JpU3OKGEHbopQpmtUAkPkw1e24Cxtbhb"
    "XM8+aadtahZK5W65pOx+cNx1nsIa3iulsk7iT5dQWifWcvwKMm45GSAwAaMIOBfp3wS7T+"
    "YEkzytVZQ8v8QKHSQor0InUYPJ2MCqybM8m9AmjTaQWVbder5OR0Ars3bb+NwBVQgKbwRz"
    "Gwpx9L90LzutYHqXRCh3XF5DNItm/wk0ezMu6s+OUZbbbr15x9LyZ0+W2248ptFRKxAWGx"
    "Ep3b22iEvK1Br09kt/mCMTQelIy2jqJRT2y/bgsn3VOZi+DlzP09V9aZTQ04MnS+royF3a"
    "vLYi+8tZUXGjMx0tuN0GijboUuiecYzdvn9dpLFXH0zBzhLvNpuUdCraKgXrE2Qyh+HzVG"
    "r4WH9OQ9cNshx/Fyw0uQSltMp9+QMAR/63YwvxOE6zR72yTUz9/w3xzNXt/aiY9ddycDEc"
    "rjnel98HvZuidJ+QJO0PMCce+j9kmWRnWmbjl+nSZmVV0HhpWp5pkzfwvl8FBeCXGYRfwo"
    "5OHtLLdqIlwQSd9dm9T/RWyVKPGyQDvEz4DDJReumAvGbSGQADpKP0phhrC+xOYLsfL7IC"
    "LDwisoT7MxK+r3JKWLo3ddz5K4Lop7MeTIslwDowtmmj2dI2XGx4M8IPEf+3CZ0htUX7AX"
    "OrVCFO0h2xQKQP/2Oc9rNxBEt35pDKi2Ik045AbiAsT3fN6bQK+Fn/2RM1itPIDI+FOnTn"
    "0VaShWTBVykFqwzgfF4MOJ9n+/IsLNPTIExJ6MxPkR3xue8/iAidWvSch8K2kQMM8oZYnS"
    "f4oX5ws+mCvS2nDrBw6Ju1J91aijYFTxLKe97wvuD0UIcPZj0i3qPvW/xPcGPatsMuy3zi"
    "6JblrDQbP+jQp1nj354jr43dqIvG2GNz6vDKfmv61Nh/2l1amGiQJkvMvGqOG6scZGglXj"
    "W6SSDX2IY2gO4awbcj2OMepO7uZxKtUqv2BJ3U3dolWw8qLrB4BZxuXCDzD4h3kItRKa9i"
    "XV5FxtUa3IqnHw4Yn39yxQJay/HnILCzwMf4ORb4Wc7XqMVjRUWyWdAZT/Ny3BbK8RAGj9"
    "2/BuyMOxSbaGlD5/MAAn3FE1lyAwh39ZrnAg3j0aAqzlCara25wYUZBJmKx68kCWV2Y+rR"
    "gojH1AZTXGZt+wgbtkVavoiM2pfD7pcO3aYY9cge3A1uOzdX0GqNLAm07qjW2mYHXbMVIr"
    "p3RHSuu49UkxBXiFOEMu9SfrAFO6LBLTB2neXDzINOQmZJaPNAe9RLh6t9mBpqVumTWehn"
    "a6Ex/eqpOTF1d90MZNtEbOU3UeTehZwO7ldkzduo2Q6d2wD0dmy8Dlsa+prnm2gTkdTr/b"
    "dj2pUAiwShwiuOCa9QMdAH239VCqlsgJEKQ68lDD1vkisY7tizcqnUWf3fRgEMx282S2Nw"
    "JHz+OQCumM/PAVvsHQrVkmr/bW5AtVzHKohNfh40CWhljgVv9L7edPotnmQysj+3b9of4W"
    "++6uiV3m2n3x724JEFfK9Dr33pdr7CQ6z+tCsHmKKcm8WsV8aCMhZ2ASjzk0yI93EqxXxl"
    "JkhrJoTK4JY8FelQcayMjS9qmfKAr7l2H7RiyTETUk+UshVifWIESvhY2HiAzrKcmEUiOz"
    "YGiHcBXQnOoH4kXCDLMfQLATd7YHw16b8hpq/Jrs3H2C1MHd7Ni54zavyxmX3DR22wzQ8+"
    "RBk68pwgmwwdpUkdTJOKLZ8qZmaMXGpLs9/52u5fDbQPdzdX3ZuPLT8hk2jTpW1QqVDr06"
    "/kFD0S4k/hM7c9ysCB1h0M7sClz0PjNZOQJTZGdudm2O92otvYpgLH0f1B+5revbzutPts"
    "fKJDmDeVjO6y0QfUuuxot+0/2xfXUD0K/HHQHgdYFdy97HeuusPgJvexjewPnRgdS7oMqP"
    "p31x3t4u7qY4cSwfaqjZd0Z/Tg90LkrnbVuWDFq2DDpewcs9GuwOzu9m7igxogRsrNaOzY"
    "c/3OZaf7JfOoiyfYfGKiLrcEkg74Mmlg58VpYOfZNLDogCgd6xCRyJ2AB57aYMa2fjGNX5"
    "tM3uyfLdbmoemLmV2qIpD68/L8Y1pAHhGFzPtNxZCT+pGpqh1/d9Hs94UoOhlTWcT+yEgu"
    "K7aejYcO/U9JG3CLXpAHFVhZ+69UE8j6zLrPbAtt5Jhz/p1SZtw8eraEFbfALnFsal5xMj"
    "IzF7z+AKjALXQf9By9Rybx80iTT8bCoBnWnmfB7eYlz1lv8XaplO/JeyAsqoGOlSEn0/62"
    "0ZCLiUzgUE+RyXyyN8LiLfDRdK5Hn3340x7brmNRDUl7MgsCep+36NJjSC2M294AzDBCzZ"
    "neRResj7kzNsE4+dq5aKEVHlOjrX3TuaZP6Ta2JBNT0MNFWD0rGkHiyGApd7IcmYjVaUmR"
    "SWwisuZ5E8+ptFXVb/mxdrnC8z5OJfFcbwQQNu8KjM5s/M1DDAcqGex84EUgHsiQIlWRDC"
    "qS4djke5gWoTEDSIz9SUIlAhXPIEM8Q4S55M3yOvgaG+pUeZtc2lIFPnOU65KO0yjEwNjd"
    "ZnkcTJsEBKWKDwAJNbxZn1mghCiCR7zGBprpZAZQFPTH5HZ5k/37onuDIPTA0gkEJSxdZJ"
    "gP9MZ7ZEPVohw0bAdvGdmggnMCeB5b0zeozcZGY2w59gNBnsPCI3zlEcpdwjorh6SBaOHT"
    "FFYmzzHTVEEP8ogiBVOytZJh/jMgZUAkMypW0flYv40/NoU69viPnyJry3C2mLEZrzk9YH"
    "4QcpoHBCfI2zKztnjSZuasSuUo5vvpAiAunrNK2+JST1LWIHXJ0PgjEXLAk2e6FDNrQzzB"
    "PEamtK66cJYoBmJLRCAKvDgyMZRPhI5NQMnQAB5w+BHcHI1cQCD+QLMcJuCH3T6ENLtLiW"
    "afqwxmafaL5gaDWbXDUg1AT2iqKxfErlMqJTgTN4WLZh+rcD6KhJJWPybjcReqPK6U28mm"
    "k1Pt7Kqs2a5jYoPvfUXC+p9m2Vq3B5HMgSLQXu6y2KDwhKbe1lBAytw8MmGUVX3is1Am3e"
    "fWLxqbp/CE90ppOYv40yJhAQEh0r1EdYGJM5+bnsd6FU14K8kz3iqAOJSEDuriKXYxvZlb"
    "4aD+Fzxbro2Rwb9CwozClWpcEMeJJpOl63JkOp1Zk7indDYpdTalOMglqVjb8KpZGypZo6"
    "74DTpf/GyeKilOMXKZscEjzW6Kjq2yQG1EIbU4oJ2BiyeOa9Az3vRaKFjPfrmFRPWFKrKo"
    "PwInUhwExJEgkloicHzQRQIZx7zXE5k5C/pX4hfIIAXKBeJphvmAiVD1kSylzPKQJvAsam"
    "9f/nCOaGTWmCQ/mA2TFFSt2MT6OJW0nW4l5/xCNw0Nmor7RaHEJJBHrSSxrSQK22+XkkRh"
    "4215JNHwm6NDZzNPZpPNr1kmKoqQSOYjgeqluoe4Jc3TRugUglaYrO+SzFJxsbd0WaukCu"
    "d1DrG060TyHQsaLFauABkS77H2QQi1NgSXymXv8+fucAjVGcMxwIbuD6//1Pqd4V3/hhV2"
    "1F3PWmvBFBvZ0a3o2pdelzV2fHJMabo6OkuP/q4cWRY3sIuRyNG8Dl4r3LyOVeVhEqXmn2"
    "6TFSTl6QRqCuOFpa99uRFkljynNkhmJ93m4pB8RnqbQ9BTpCeYeXBKQegqwaR4dzzdBBMV"
    "gXPACByV9SFPpIcKba2/uobKpDn+TJogOqYznWIW6VIYP+M/0RSJotFwRPRsME3PxsjCD7"
    "z6a9QGmsEMvEcHesIuAaX9QX+iAzguSmMQDBFCU9eZUxLL8bIRNTt7S05YzaagmZBFQTiz"
    "ioWRLhZGaU8H054e6a+tCg0FtDL7LBtX3cFl7+5m2EKBGyrWCyRotxHGVAUdNy6v7y7Cu2"
    "ymBXe+dPvDu/Z1ePPJdL2lboX3eQ+RoHnIyL7uDYed/p8t2L887K4BbLrqdD6HA1A6jOch"
    "vX83GMa/G4z2ocM7gIxs3tgDOnrIAU2x5iP+ji68lnOIVfRU1SVtmTamhmpWAoXsj1GcEN"
    "vP3/7wjx9+fvfTDyG3wyubmJzDUNXFZMddTFQ8x4G2Ckc8/jiikXivYA4D+qXowaXHOjZY"
    "5T0XGdRatJlBIbPflH6ATaYVMK0UocTykXxdKM+1HHKIG+9CMkgRqiOiLnw3nre1JRoZTx"
    "g7MlGUxSNT01BKRPKaKv+NDXgku98UQiOtgGR3FQtSnA0sGFWwQJpNpKkAP3lEcUh0QFK+"
    "1wYPKOv1QFP5X0tq25leTkOnQr7HSfbH+bdHMpMJdp/MCdYm9Pc/OO5aeIsuGEAZopVDdx"
    "+XIrij/7i8bcqkSSFTFr4cE1xZ+MrCl1EUp2Th99l21dhg4/tPNIWsfDciKlHAhz+NzhwX"
    "6Syn4nUyNKgZldV5xOu8Cj0VRhBEESiZQhDk2aSaCkGQRxSxkCEs1ELXf/wUHeG7qNKsik"
    "moYhIvYx8BXDEne744lTEkkCOREd4nmsgoqn/uLT/RJBqoVDnLwHEsrNsFOk1ElZLJmJLt"
    "Shjhlf3y/aLXu07w/aKbmuM3d58vOnTHZ0KgD5lewdRXSYLFe9HpJgkqrENhHTKK4hSwjv"
    "6SsTaDcLDrzTK4hhs8WQLMAEMS6tBRkvc8a8n0ENHXBJkESrNAu2A/nJ00WUaTjVdUKYfb"
    "9/6N+zyMo76BBdOkoMzHkqgMKUnhDtUbKbQAz0tZ3ecbrO7zrNXtT/9cDperkbPMs0x26X"
    "kzXH3qCZofjat++wOkDQHtyG5fDrtfOi1EdzvzCUOhnLsBr4+zJFACBxhGH6BXdLrz00ck"
    "KYPjb3RZcRXuRjEK5fZX1oiyRiiLF0ZFqScpldRlkXrAo5jY/a9XfhP5bE9VKWWbSikHbo"
    "QDZuUXX6cosDq/RCpHOeNTiykp5ap4BAU0mBschmhSc5BeRJDMTr+7FfOOI/hEwkzGwICk"
    "f1AD08XADlbyPr+Kx07e8pxnnjGE/zNgi/LMS7OtNZVnXh5RHJ1ddESx/fRtD4W5/88DAz"
    "HyPSIDcVRbBBy4vQOLe9BpocQIBzf36esM08ud2MXO4gSRHA7japVv6TcbCH5nix2rMJrB"
    "GtV5LsbozNc4fEXiTfizyetywtu3o5lXKhPy+8dI5BDkSXn+F67puGJZNHGSPcJp34u2L7"
    "CcFVVTp6ZLxLoX1JdQ41FrA15Y8fyI0+/xAGGvFd2oBsP25acWYrQju/PH5fXdgKHL+BvV"
    "7oj5JMlp8qRbJrUU/RogIrhXkrIG3EuyFKfjhbmy6CaX1dL2zJw2gmXEHJIqOcss51g3VC"
    "GdIk13vIpF+FOg+QGa6DbSFwtrjXSviaZ+3zz2He8Rni+8dQvpdsm2MftWRcZL4wF7mud4"
    "es6q3YQfpCklzjhtuCYdBdA0jomRJtItKzS5iJCmsmeAwWfzArtaUVHqElJKkkssKsnhHp"
    "+dftFrylXTKajlulEcGXp504fp6btuohXGj01of+XNoKibv6sBJF1Fw/y5hIL5c6F++XNa"
    "vUzMcb4xb7FIogHUMqm6TIIghbFQ2lKSSt4lIU0ejYoiKWb9ccYTlIkiifnpym9xMaJT8j"
    "ocNp4giF/eMp4gCJg+MhGUjSeITT2Z4gkG2PMsPMe2d6F7k1kjJ6Yg/UizTFwBCYm0cUhV"
    "IsCdK4OvCCL0gMTMWnFsjMZ0UkzNiam7VA2bWA4Bh77tOUhHU9MCO5P+63ZwC4QLi5qj1A"
    "Cd6zlxBTt5w3MxBbGx2fzXXc+OiuWy79GwbahAA3n2u6YKNJBHFDEjJ7mSqrg20otR4kSF"
    "RtAvJGoUMrI/t/ufOsNOn17T3Ud6irixviKxmwHOGD3Feov0vt7AbTYdnZVdzXQ9L6PEnx"
    "cr8ecZJT65JwpkKCb3UmWrVi2HFZ1CgkZUkvIEjagjMZpKeS0qINzbQduyCfNAq4ssRCAg"
    "/3GZj6aK6E/9XnVQzjXRLMUE0clBbDtJVGQsGztGjt41xN8K9o4E0QnwedNR0PljuNkvGZ"
    "4E172bj8HjaWdlNju0YGKXSw7d9wR3FtgWda30bjs3LQSUI3vQAWWXYJsliV52bocsCXQy"
    "wQsPEkP7nd87l+yai//GE0+WxFDdJqs8p2RxHEBEIUcEQJUYUWlDC5VLoHglnK5LALaNCi"
    "KPkamQK9mMl4zf4UAwOWDFjTxwnN1oloLEw0dL4OAxlCqAqpNFZ9GZjR90KJ/Agq10v0rt"
    "6yZiAYT0AsPdEQfiSW6S3e5eI1gEho0RYDgRokNJVEttKU1bBY5LIwpV5k0iEfDdUTwuIU"
    "6mQGzlHVLeIeUdkmhhkRke6yIAa0hQaQHJxvPk7C4DHp0Xg0fnqgu5LNNaJ9rExYaZx/tN"
    "1acTdHLXn2484oWHdIL4BzeR7XhooZsGcpYlc1M3sbm+ytRxE1AgZj1uOKrtveI6UH3fDy"
    "0BBVgXC+S0AGtJAM0hduemrVuNHEwzvNcsA2t68adLIJuB6fGKoNveAAXkLUginemEVZqm"
    "pge00kK6bfiFvSDJah2hkiYU9po4rkHyUM1dvCI3xjeWzMvONwwpliqMV6Y9thipHNPDq4"
    "rKESdTJ15lk5KvlQzrN9iUIYXUqAykvQc7Dt2A7CUkuSJWUJ9AAkEVROXdeQmb8915oc0J"
    "t5Lsl7+u+zEHS5lE46XNBQ3LBN0eDctg81d9jZT+LLn+XFCDRewMTxEqCK2uXNDiygPifY"
    "04dn+EkiibEpqahVK1NQpsQCqvxgYT8RPvsVreStT8rqxlLMWYFgXoJbY90zfiKCEJawzF"
    "Hgs42oR0TbgXswTBp5VrLe7qNc/HwCjDUErDcOHiqflNRDuOKKQ2TcgMUA/PoXPZsgD9IE"
    "gHF2kVk6T+GGr6PdpMJzMRxsdp6mH9Yef/nkqlHEdFmhNgtLJHXpI9YunE06CDWQW5p2lV"
    "KLpsoejJOL8n57GSnJOUSsoySzk0WoT94klChS/UhS/EnY1b4gtxL+eRiaIswJCahlIBDB"
    "+opU1ZXtDHKna3WQZemCafL9lJGVJdmL0OBYuXNnSJGq9ZNSi/HTILgS1qlyxA/VyBKPbr"
    "ldtYmh2ouQEdOOUEF+a8ZJOZygEFjQLlkswx+TD3F5S8Cy+mQgsUWnBw1p8WWiBJ9F+kXr"
    "XpD2JlOjdrYdFjguqYpicon1XMvkLPTu5SgbgZVp4T/pw5c65XobN7/zC9f43m+hoZDgpJ"
    "gn4UIRHxck+xHb1mZJ/dBylHIXULYd21ESiIbvIdVEWEqrBUfyQLbBvs5iNdZ2xgHq/Pep"
    "iObMq0J2y9QW0I3XdDxZMFM9KvmsMHgOIZMpuF+WPQSd+jex6CdI8mkDLCeqTOS2mlqZ/C"
    "FFU2VEZV/SvvWag/syQqUVvpsYfRY8N1JrMOm7NuxNMbj0sqBXuyTFLxt7mMMAolERHssS"
    "3hbren2noRxpQB0QmeIZV5eku5/8f6n1ItJIf7m8JRAxIViVo+EpWpcoJ8DmkUo8szmmnK"
    "WUYXV9wLCeQouFep5d6K2S3MGiDobMj+YVFZfKJvl7Tvsm8GZARVvojlMk9qu8w8WLjOAh"
    "pAiErntt+77Q2gOmUwAlSxHLJmtDyuf2R3bq7gAWablVSBdhx3FXyrIM6XIlNAXwmgLyhk"
    "KsjqFNnJ5eDUz2i2vAS5HKdRLFag9RasPy3QOncHExd7ilSFPskc+sQ3Q3Ehx+mUhGWTsH"
    "Tup0sAAjd6ni59qFDI6RTgi2UDgVhOD3MEzcwFL4AbjVYU//M80XMOliS8lXWqZOAv5VKR"
    "AFJ7mS4VKUWhQGbJxHB8YE8FN1b35kuX9SAx7SeTtSX5vde9gQt/O6YtC6zjf5ygEZykUm"
    "bws2YwF7kglxNEiskKa9iC9aeLNfirRFzoCUJlhSor9BkrtGN7bm6Zi/QjTUE7FIdU5QIf"
    "IYYv6rziuOyC33ElG6JICfQoniZWlwJZWH+C1uarrDKysxeN7PE6RQeVBvyQnxZirkuogT"
    "Z2nEfi1yDmbxqbloXODJOwCMVmWKt44cCUfzWyn3RriV+/R7m9aEqZ2lB2JGtgxx4IQyfD"
    "Wo5hA/ucTjTpp2PHjDLOlXGu4h1VvGPriOId09tZeZGkKWWWh5QbVqL+jYgN6T8uNVISqB"
    "itX0zjV0TPbH5isz+roCT1W5aqZ9bB573qmXVI7qsamgcXwen2/2EaULBTUrvxzK+lyNfu"
    "K/Ia8d/RRFDam8isIgXWqZiY4lT7E9T3J7U8Cls0bbLbitozycN1/xs5ELIyvRk6czHxHH"
    "q1FQIdJWO6D2TLMXhGY+CMoPKUopRXSGxfYnsW/2YmLpmFEmB+5YURUEh9kMBHos0AI/yL"
    "LOcBqOjNqGWK9LHDq+nLKq8kzigkuAypxFow0wQmFiQMoAV2TcegUrNYmRmzbP1Z1ZlLLm"
    "1Z+aFq9kMNwgXd2OiMij3XFPRIkSRpqfjI+KKFMEc7qjPBd10be3CDtdVaYBuB28vEBK1c"
    "0/Po32M8pWpNxhNV49gj+54PomHbuAfPEfHgwMDeCmNeo91bOX7VDIdfsLDxgMHzNcGlXE"
    "gZqDN8oSrdJtPerVxAcjsblAtIRqkoF5AEQogdKYLKZpJSKZvSKZvJ5Cqmw2RlXLjGYhTS"
    "YiWia6u2AjNURRTbsXwCmTeqBoMFNwEe6CwACVsIDBGpoULVYfzQEuCmlmgtV0tVeFCR6i"
    "pSPe9AlwQ9alPFbzJr5OBF/p3mJoRIj555DgoqlnPNje5eChiypf5TDHM8YZf4nRDKbvQx"
    "khPc5s9//LHEPk+fKq6ODvdSBjNdVAIc9h8/Qe6+LVV7/u2G2vNvc2rPO7aH86Itiuu7xU"
    "j2X+HtMJZvbQXbDnqY/ef/AzfxwE8="
)
