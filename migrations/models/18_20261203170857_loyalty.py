from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "loyalty_settlement_batch" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "beneficiary" VARCHAR(24) NOT NULL,
    "partner_id" BIGINT,
    "period_end" TIMESTAMPTZ NOT NULL,
    "total" BIGINT NOT NULL,
    "psp" VARCHAR(16) NOT NULL,
    "file_name" VARCHAR(200) NOT NULL,
    "file_body" TEXT NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "answer" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    CONSTRAINT "uid_loyalty_set_club_id_4c97e2" UNIQUE ("club_id", "beneficiary", "partner_id", "period_end")
);
COMMENT ON COLUMN "loyalty_settlement_batch"."beneficiary" IS 'MERCHANT: merchant\nMARKETER: marketer\nMERCHANT_MARKETER: merchant_marketer\nCLUB_OWNER: club_owner';
COMMENT ON COLUMN "loyalty_settlement_batch"."state" IS 'OPEN: open\nSENT: sent\nACCEPTED: accepted\nREJECTED: rejected';
COMMENT ON TABLE "loyalty_settlement_batch" IS 'A period''s shares of one beneficiary, closed into a file in a PSP''s split format.';
        CREATE TABLE IF NOT EXISTS "loyalty_share" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "purchase_id" BIGINT NOT NULL,
    "return_id" BIGINT,
    "beneficiary" VARCHAR(24) NOT NULL,
    "partner_id" BIGINT,
    "sheba" VARCHAR(26),
    "amount" BIGINT NOT NULL,
    "as_credit" BOOL NOT NULL,
    "batch_id" BIGINT,
    "transfer_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_sha_club_id_02d813" ON "loyalty_share" ("club_id", "batch_id", "partner_id");
CREATE INDEX IF NOT EXISTS "idx_loyalty_sha_club_id_0fa509" ON "loyalty_share" ("club_id", "purchase_id");
COMMENT ON COLUMN "loyalty_share"."beneficiary" IS 'MERCHANT: merchant\nMARKETER: marketer\nMERCHANT_MARKETER: merchant_marketer\nCLUB_OWNER: club_owner';
COMMENT ON COLUMN "loyalty_share"."as_credit" IS 'kept as credit, not paid out';
COMMENT ON TABLE "loyalty_share" IS 'A beneficiary''s share of a purchase (negative for a return), until a batch settles it.';
        CREATE TABLE IF NOT EXISTS "loyalty_branch" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "address" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "identity_partner" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "loyalty_branch" IS 'A merchant''s shop; its terminals stand there.';
        CREATE TABLE IF NOT EXISTS "loyalty_club" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "parent_id" BIGINT,
    "name" VARCHAR(200) NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "rewards" JSONB NOT NULL,
    "fee_percent_bp" INT NOT NULL,
    "fee_amount" BIGINT NOT NULL,
    "fee_approved_by" VARCHAR(64) NOT NULL,
    "settlement_sheba" VARCHAR(26),
    "split_terms" JSONB NOT NULL,
    "point_value" BIGINT NOT NULL,
    "allow_negative_points" BOOL NOT NULL,
    "rules_revision" BIGINT NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "owner_id" BIGINT NOT NULL REFERENCES "identity_partner" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "loyalty_club"."parent_id" IS 'the parent club of a sub-club';
COMMENT ON COLUMN "loyalty_club"."rewards" IS 'the reward kinds the club uses (RewardKind)';
COMMENT ON COLUMN "loyalty_club"."fee_percent_bp" IS 'the platform''s fee per purchase, in hundredths of a percent';
COMMENT ON COLUMN "loyalty_club"."fee_amount" IS 'the platform''s fee per purchase, rials';
COMMENT ON COLUMN "loyalty_club"."fee_approved_by" IS 'who approved the fee tariff';
COMMENT ON COLUMN "loyalty_club"."split_terms" IS 'default shares for merchants without terms of their own';
COMMENT ON COLUMN "loyalty_club"."point_value" IS 'rials a point pays; 0: points cannot pay';
COMMENT ON COLUMN "loyalty_club"."rules_revision" IS 'raised on every rule change';
COMMENT ON TABLE "loyalty_club" IS 'A club run by a club owner (a partner of kind `club_owner`).';
        CREATE TABLE IF NOT EXISTS "loyalty_category" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "club_id" BIGINT NOT NULL REFERENCES "loyalty_club" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_loyalty_cat_club_id_fbfb79" UNIQUE ("club_id", "kind", "code")
);
COMMENT ON COLUMN "loyalty_category"."kind" IS 'MERCHANT: merchant\nSERVICE: service';
COMMENT ON TABLE "loyalty_category" IS 'A club''s category of merchants or of services.';
        CREATE TABLE IF NOT EXISTS "loyalty_club_merchant" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "category_id" BIGINT,
    "status" VARCHAR(16) NOT NULL,
    "settlement_sheba" VARCHAR(26),
    "marketer_id" BIGINT,
    "split_terms" JSONB NOT NULL,
    "joined_at" TIMESTAMPTZ NOT NULL,
    "club_id" BIGINT NOT NULL REFERENCES "loyalty_club" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "identity_partner" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_loyalty_clu_club_id_595b3c" UNIQUE ("club_id", "merchant_id")
);
COMMENT ON COLUMN "loyalty_club_merchant"."category_id" IS 'a merchant category of the club';
COMMENT ON COLUMN "loyalty_club_merchant"."status" IS 'ACTIVE: active\nSUSPENDED: suspended';
COMMENT ON COLUMN "loyalty_club_merchant"."marketer_id" IS 'the partner who brought it in';
COMMENT ON COLUMN "loyalty_club_merchant"."split_terms" IS 'shares of each purchase: beneficiary, partner, sheba, percent_bp or amount, as credit or money (models.loyalty.settlement)';
COMMENT ON TABLE "loyalty_club_merchant" IS 'A merchant (acceptor: a partner of kind `merchant`) in a club, under the club''s terms.';
        CREATE TABLE IF NOT EXISTS "loyalty_club_staff" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "role" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "club_id" BIGINT NOT NULL REFERENCES "loyalty_club" ("id") ON DELETE CASCADE,
    "staff_id" BIGINT NOT NULL REFERENCES "identity_staff_user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_loyalty_clu_club_id_230439" UNIQUE ("club_id", "staff_id")
);
COMMENT ON COLUMN "loyalty_club_staff"."role" IS 'OWNER: owner\nMANAGER: manager\nOPERATOR: operator\nVIEWER: viewer';
        CREATE TABLE IF NOT EXISTS "loyalty_account" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "purpose" VARCHAR(24) NOT NULL,
    "subject" VARCHAR(64) NOT NULL,
    "ledger" VARCHAR(16) NOT NULL,
    "account_id" BIGINT NOT NULL UNIQUE REFERENCES "ledger_account" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_loyalty_acc_club_id_6cc366" UNIQUE ("club_id", "purpose", "subject", "ledger")
);
COMMENT ON COLUMN "loyalty_account"."purpose" IS 'REWARDS_FUNDING: rewards_funding\nMERCHANT_FUNDING: merchant_funding\nPOINTS_ISSUED: points_issued\nENTRIES_ISSUED: entries_issued\nSALES_CLEARING: sales_clearing\nSHARE_PAYABLE: share_payable\nFEE_PAYABLE: fee_payable\nRULE_BUDGET: rule_budget\nMEMBER_DEBT: member_debt';
COMMENT ON COLUMN "loyalty_account"."subject" IS 'whose: merchant:<id>, rule:<id>:total, member:<id>';
COMMENT ON TABLE "loyalty_account" IS 'A club''s ledger account for one purpose (and one subject: a merchant, a rule, a member).';
        CREATE TABLE IF NOT EXISTS "loyalty_member" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "card_number" VARCHAR(16) NOT NULL,
    "enrolled_via" VARCHAR(16) NOT NULL,
    "enrolled_terminal_id" BIGINT,
    "enrolled_by" VARCHAR(64) NOT NULL,
    "group_id" BIGINT,
    "enrolled_at" TIMESTAMPTZ NOT NULL,
    "club_id" BIGINT NOT NULL REFERENCES "loyalty_club" ("id") ON DELETE RESTRICT,
    "customer_id" BIGINT NOT NULL REFERENCES "identity_customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_loyalty_mem_club_id_0a6275" UNIQUE ("club_id", "customer_id"),
    CONSTRAINT "uid_loyalty_mem_club_id_6237d0" UNIQUE ("club_id", "card_number")
);
COMMENT ON COLUMN "loyalty_member"."card_number" IS 'the club card''s number';
COMMENT ON COLUMN "loyalty_member"."enrolled_via" IS 'POS: pos\nMOBILE: mobile\nWEB: web\nPANEL: panel';
COMMENT ON COLUMN "loyalty_member"."enrolled_by" IS 'the actor';
COMMENT ON COLUMN "loyalty_member"."group_id" IS 'a member group (next issue)';
COMMENT ON TABLE "loyalty_member" IS 'A person''s membership of a club: `customer` is their membership of the club''s owner.';
        CREATE TABLE IF NOT EXISTS "loyalty_member_card" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "card_hash" VARCHAR(64) NOT NULL,
    "bin" VARCHAR(6) NOT NULL,
    "last4" VARCHAR(4) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "removed_at" TIMESTAMPTZ,
    "member_id" BIGINT NOT NULL REFERENCES "loyalty_member" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_loyalty_mem_club_id_a6442d" UNIQUE ("club_id", "card_hash")
);
COMMENT ON TABLE "loyalty_member_card" IS 'A member''s bank card: a keyed hash of its number, its BIN and last four digits; never';
        CREATE TABLE IF NOT EXISTS "loyalty_merchant_group" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "club_id" BIGINT NOT NULL REFERENCES "loyalty_club" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_loyalty_mer_club_id_aededb" UNIQUE ("club_id", "name")
);
        CREATE TABLE IF NOT EXISTS "loyalty_merchant_group_member" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "merchant_id" BIGINT NOT NULL,
    "group_id" BIGINT NOT NULL REFERENCES "loyalty_merchant_group" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_loyalty_mer_club_id_eff0ab" UNIQUE ("club_id", "group_id", "merchant_id")
);
COMMENT ON COLUMN "loyalty_merchant_group_member"."merchant_id" IS 'the merchant''s partner id';
        CREATE TABLE IF NOT EXISTS "loyalty_purchase" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "merchant_id" BIGINT NOT NULL,
    "terminal_id" BIGINT,
    "channel" VARCHAR(16) NOT NULL,
    "source" VARCHAR(64) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "request_digest" VARCHAR(64) NOT NULL,
    "amount" BIGINT NOT NULL,
    "discount" BIGINT NOT NULL,
    "paid_with_credit" BIGINT NOT NULL,
    "paid_with_points" BIGINT NOT NULL,
    "payable" BIGINT NOT NULL,
    "returned_amount" BIGINT NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "club_id" BIGINT NOT NULL REFERENCES "loyalty_club" ("id") ON DELETE RESTRICT,
    "member_id" BIGINT NOT NULL REFERENCES "loyalty_member" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_loyalty_pur_club_id_7be07f" UNIQUE ("club_id", "source", "reference")
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_pur_club_id_a8c79a" ON "loyalty_purchase" ("club_id", "member_id", "occurred_at");
CREATE INDEX IF NOT EXISTS "idx_loyalty_pur_club_id_98024d" ON "loyalty_purchase" ("club_id", "occurred_at");
COMMENT ON COLUMN "loyalty_purchase"."merchant_id" IS 'the merchant''s partner id';
COMMENT ON COLUMN "loyalty_purchase"."channel" IS 'POS: pos\nMOBILE: mobile\nWEB: web\nPANEL: panel';
COMMENT ON COLUMN "loyalty_purchase"."source" IS 'who recorded it: terminal:<id>, merchant:<id>';
COMMENT ON COLUMN "loyalty_purchase"."reference" IS 'the POS''s or the shop''s reference';
COMMENT ON COLUMN "loyalty_purchase"."paid_with_points" IS 'points spent';
COMMENT ON COLUMN "loyalty_purchase"."payable" IS 'what the member paid in money';
COMMENT ON COLUMN "loyalty_purchase"."state" IS 'COMMITTED: committed\nPARTLY_RETURNED: partly_returned\nRETURNED: returned\nVOIDED: voided';
COMMENT ON TABLE "loyalty_purchase" IS 'A member''s purchase at a merchant, committed once per (club, source, reference).';
        CREATE TABLE IF NOT EXISTS "loyalty_purchase_effect" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "rule_version_id" BIGINT,
    "line_no" INT,
    "ledger" VARCHAR(16) NOT NULL,
    "amount" BIGINT NOT NULL,
    "lot_id" BIGINT,
    "transfer_id" BIGINT,
    "returned_amount" BIGINT NOT NULL,
    "purchase_id" BIGINT NOT NULL REFERENCES "loyalty_purchase" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_pur_club_id_ac6af3" ON "loyalty_purchase_effect" ("club_id", "purchase_id");
COMMENT ON COLUMN "loyalty_purchase_effect"."kind" IS 'DISCOUNT: discount\nMERCHANT_CREDIT: merchant_credit\nCLUB_CREDIT: club_credit\nVIRTUAL_CREDIT: virtual_credit\nPOINTS: points\nLOTTERY: lottery\nREDEEM_CREDIT: redeem_credit\nREDEEM_POINTS: redeem_points\nFEE: fee\nDEBT: debt';
COMMENT ON COLUMN "loyalty_purchase_effect"."lot_id" IS 'the lot granted to or drawn from';
COMMENT ON TABLE "loyalty_purchase_effect" IS 'One leg of a purchase: what a rule version gave, or what the member spent from a lot.';
        CREATE TABLE IF NOT EXISTS "loyalty_purchase_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "line_no" INT NOT NULL,
    "amount" BIGINT NOT NULL,
    "quantity" INT NOT NULL,
    "service_category_id" BIGINT,
    "sku" VARCHAR(64) NOT NULL,
    "returned_amount" BIGINT NOT NULL,
    "purchase_id" BIGINT NOT NULL REFERENCES "loyalty_purchase" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_loyalty_pur_club_id_73aa8f" UNIQUE ("club_id", "purchase_id", "line_no")
);
        CREATE TABLE IF NOT EXISTS "loyalty_purchase_return" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "key" VARCHAR(100) NOT NULL,
    "request_digest" VARCHAR(64) NOT NULL,
    "amount" BIGINT NOT NULL,
    "lines" JSONB NOT NULL,
    "is_void" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "purchase_id" BIGINT NOT NULL REFERENCES "loyalty_purchase" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_loyalty_pur_club_id_aaa4fa" UNIQUE ("club_id", "purchase_id", "key")
);
COMMENT ON TABLE "loyalty_purchase_return" IS 'A return (or a void) of a purchase, once per key.';
        CREATE TABLE IF NOT EXISTS "loyalty_rule" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "club_id" BIGINT NOT NULL REFERENCES "loyalty_club" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_rul_club_id_eb96f0" ON "loyalty_rule" ("club_id", "status");
COMMENT ON COLUMN "loyalty_rule"."status" IS 'DRAFT: draft\nACTIVE: active\nPAUSED: paused\nARCHIVED: archived';
COMMENT ON TABLE "loyalty_rule" IS 'A club''s rule; what it says is in its versions, the newest is `version`.';
        CREATE TABLE IF NOT EXISTS "loyalty_rule_version" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "club_id" BIGINT NOT NULL,
    "version" INT NOT NULL,
    "trigger" VARCHAR(16) NOT NULL,
    "condition" JSONB NOT NULL,
    "effects" JSONB NOT NULL,
    "priority" INT NOT NULL,
    "stacking" VARCHAR(16) NOT NULL,
    "valid_from" TIMESTAMPTZ,
    "valid_until" TIMESTAMPTZ,
    "merchant_ids" JSONB NOT NULL,
    "budget_total" BIGINT,
    "budget_per_member" BIGINT,
    "budget_member_period" VARCHAR(8) NOT NULL,
    "budget_per_merchant" BIGINT,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "rule_id" BIGINT NOT NULL REFERENCES "loyalty_rule" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_loyalty_rul_club_id_e488a4" UNIQUE ("club_id", "rule_id", "version")
);
COMMENT ON COLUMN "loyalty_rule_version"."trigger" IS 'PURCHASE: purchase';
COMMENT ON COLUMN "loyalty_rule_version"."condition" IS 'typed JSON: the builder''s tree (models.loyalty.conditions)';
COMMENT ON COLUMN "loyalty_rule_version"."priority" IS 'lower first';
COMMENT ON COLUMN "loyalty_rule_version"."stacking" IS 'STACK: stack\nEXCLUSIVE: exclusive';
COMMENT ON COLUMN "loyalty_rule_version"."merchant_ids" IS 'merchants it can apply at, for the index; empty: any';
COMMENT ON COLUMN "loyalty_rule_version"."budget_total" IS 'rials of rewards, all purchases';
COMMENT ON COLUMN "loyalty_rule_version"."budget_member_period" IS 'day, week, month or empty: ever';
COMMENT ON TABLE "loyalty_rule_version" IS 'One version of a rule, never changed: a purchase names the versions that rewarded it.';
        CREATE TABLE IF NOT EXISTS "loyalty_terminal" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "branch_id" BIGINT,
    "serial" VARCHAR(32) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "identity_partner" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_loyalty_ter_merchan_d0dd1a" UNIQUE ("merchant_id", "serial")
);
COMMENT ON COLUMN "loyalty_terminal"."serial" IS 'the terminal''s number at its PSP';
COMMENT ON TABLE "loyalty_terminal" IS 'A merchant''s POS terminal: it has its own key and names every purchase it records.';
        CREATE TABLE IF NOT EXISTS "loyalty_terminal_key" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "prefix" VARCHAR(16) NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "terminal_id" BIGINT NOT NULL REFERENCES "loyalty_terminal" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "loyalty_terminal_key"."prefix" IS 'shown to tell keys apart';
COMMENT ON TABLE "loyalty_terminal_key" IS 'A terminal''s credential: it acts for the terminal''s merchant, in the merchant''s clubs.';
        COMMENT ON COLUMN "identity_partner"."kind" IS 'MERCHANT: merchant\nHOTEL: hotel\nAIRLINE: airline\nINSURER: insurer\nSALES_AGENT: sales_agent\nBANK_BRANCH: bank_branch\nCLUB_OWNER: club_owner\nMARKETER: marketer';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        COMMENT ON COLUMN "identity_partner"."kind" IS 'MERCHANT: merchant\nHOTEL: hotel\nAIRLINE: airline\nINSURER: insurer\nSALES_AGENT: sales_agent\nBANK_BRANCH: bank_branch';
        DROP TABLE IF EXISTS "loyalty_rule_version";
        DROP TABLE IF EXISTS "loyalty_branch";
        DROP TABLE IF EXISTS "loyalty_purchase_effect";
        DROP TABLE IF EXISTS "loyalty_merchant_group_member";
        DROP TABLE IF EXISTS "loyalty_account";
        DROP TABLE IF EXISTS "loyalty_member_card";
        DROP TABLE IF EXISTS "loyalty_share";
        DROP TABLE IF EXISTS "loyalty_terminal_key";
        DROP TABLE IF EXISTS "loyalty_rule";
        DROP TABLE IF EXISTS "loyalty_club";
        DROP TABLE IF EXISTS "loyalty_club_staff";
        DROP TABLE IF EXISTS "loyalty_purchase_return";
        DROP TABLE IF EXISTS "loyalty_member";
        DROP TABLE IF EXISTS "loyalty_purchase";
        DROP TABLE IF EXISTS "loyalty_club_merchant";
        DROP TABLE IF EXISTS "loyalty_settlement_batch";
        DROP TABLE IF EXISTS "loyalty_purchase_line";
        DROP TABLE IF EXISTS "loyalty_merchant_group";
        DROP TABLE IF EXISTS "loyalty_category";
        DROP TABLE IF EXISTS "loyalty_terminal";"""


MODELS_STATE = (
    "eJztfWtz20ay9l+Z4hfLVYxfW06yWTqVKkqibcaSqENSdnKiUxBIDElEIMDFgJK55+x/f6"
    "dncL9QGBAkh9Tsh6wFoAdg91y6n779b2PuGNgib9oLc+g8YLvRQv/bsPU5pv/I3Guihr5Y"
    "RHfggqePLPawaWDbM72Vpi9MzQufHxHP1ccefWKiWwTTSwYmY9dceKYDb7OXlgUXnTF90L"
    "Sn0aWlbf5rielQU+zNsEtv/PU/9LJpG/g7JsGfiwdtYmLLSHy4acC72XXNWy3YtTNz2rW9"
    "j+xZeOFIGzvWcm5Hzy9W3syxQwLT9uDqFNvY1T0Mb/DcJfwC+ED/Zwc/in9s9Aj/yhiNgS"
    "f60vJiv3ikRdcamnbdG2qDzlDTGgI8Gjs28Jd+KmEMmMIn/PDP09P37/9x+vb9z7/89OM/"
    "/vHTL29/oc+y783e+sd/+MdE3OJDMZ51P3Wvh/BBDhUilzNc+A+j0T2dUzFhRNxn/5/h//"
    "lMd/O5Hzyf4j/9YWn+B9xeJ4DgQiSBaOLtQgRz/btmYXvqzeif796+XcPer+3++ed2/4Q+"
    "9TrJ5Gv/1im/B/yO+Ltw8cT8LsLhiEJmHjfIzHmykecgD1sWYnsIQfpCd9lCFOb9z2VY/3"
    "Mx539OM559kTbTyUyE+UmqegSw310mweaffyzB5p9/LGQz3Eqy+YH+LBEGB8/vbm7TY9Bs"
    "CE5uSoIcFxFMCFyRYkLj7wvTxUTTvSy/LyjPPHOO83mepExx3vBJ3wT/KCEHfwJvfYvh7C"
    "cI28YH1L7poge8Imiur5DtlNxm1khh2L3qDIbtqxsYaU7IvyzGyvawA3dO2dVV6upJWmLh"
    "IOhbd/gZwZ/ov3vXHcZph3hTl70xem743w34Jn3pOZrtPGm6EedXcDm4lJgBYxeDTCrMgC"
    "RlDTNAupOc/kCjZ1srf3YeiNj9hbRW6pZOPG1JKsk9TXswa7+04A9E0KXWt4sfqfpRRc5J"
    "SiVlmaVMPH0y0USt3jjV87bvIezYOzN/AXmYPORav4yrWUF8dFxsTu0veMWE0aUfrtvjPL"
    "vXR10GMM4twRIZaKJrK7oaLX9XfwoBm8QMpBygvxt7XNlvD87bF50GY/RIHz886a6hJTgO"
    "d5xTJ3UlfDZ7a346T1/RbX3KuAM/Az7a5/2Zbj+0x2Nnyb48A4jFbzdLYWIjSqHpMZLnYL"
    "FGG42XxHPm2H1FEJAjnxyNVmgwwyOdfvR8hN0mejK9GTI9gmaOZbDn4Xs/oDE1OX9wlvTG"
    "1EEOVWSoSZ3WcLf1njv7EbsmZbdBr2DyptHMBfT+agRv92cBgTc2/kcBfbLsdM01QB8XVk"
    "YAxZZ6SCA1DNXtI9020OmPyDCndL5XsdVPy9jqp8W2+mnGVueLThMFV1NkMjO+IgB1Wgpj"
    "PV2DsZ5mMdZg96qgOKdIleYss+YcCmu0EllVKbIdIo+isOPTzEHhUWx6TaQTRE9fpC8N00"
    "OWM2WHOKGHuGVhl7QQ08lav5rGb1X2vfrRYIVQFbP+eBGqlFpYXsNLESq7ti67NmBsDabt"
    "eWyoAxNFWcs2NQ1FjdsY26lxpYFxlbMMfNKPX/rY0j3fq1TAcjpMb3mIk7+I4//ZJgAQzt"
    "Ac6z8+e0uY/vF1U8bsX9BT2LGpcT3HYHaTmblAzgTpCPzgNtjhjgsX4BBfULFPHHcOVjm2"
    "Jujk3n/onv2g129yzP1ax7+z7+yuh2ZUqQBgANz3PnxA0An9C7voPmAA0ynuXzPbig3Oh6"
    "Jf8mjip/CV/ufd2QvXmZgW5REjwJZFwEU3oz8k/SxyAE+I/aA1eAOnCU4H/gnwl4IcpDmE"
    "mmsgB/lji0Q1dJms3uLIi469nGdO931HYdCb5qNpLHVL1CrSbRQRw4anIwtP6T/59oBOdD"
    "R25gvdXr2uYgVtIVJjrpuWyMQPCSrJQzLEITX1fypjZNKniqf+Txkz02YKlG7lGhzr9pcE"
    "mcTMbrx7+wPDM1Hwzah7wU7++FpoonfvCh4LVoQPIZgJDcLFY8c1GMRQacG8K7Ng3hUvmH"
    "dpeVq6PV1S5a7qdhan3+GWNtFFt7KPbRjozu5ctxCuFFd2WmY1Fa+lDGDj2BPTnVeDbFK0"
    "BwOeNp5m2I4ppSj8JexitFI+sMHR04yqtvRZuvConEQMIdnRHRV2pkC9AqnHzC0hEypJVw"
    "nS29EuELNr6RJ3SLDy+XkZWMLIJP42QI3rhKH9itnQJTfxHRpkMRnG7WcBESbMbgXK1gTK"
    "crbWAMnehAMdmBjKArKJCZiAY/t0W+t3z4eNvL2qDtZGI728Taq0eBJbfIF8yuDl8UirDT"
    "HzVJjXkSyMZOConw6xoXPBnzKDKLflGJllYKoPmZvOqgs+yrEyyXMW2nKxIY+GzuJ2cawc"
    "ApzE3ZBBPRjjWBmkXJ5FXBJyeUYMfYLYnhxLO+Bmz8ZDh/7neZ5+C0eSQpWph6MV/MLBSb"
    "fGPRw7DAW8xFosP1TVTnh5/s1jze2v6OpROfw7YbOK2lQAbx0Ar0T1BGST+oFIuZT3RqWP"
    "vxRJq/TxlyBlFWwvm19HBds3BJwHGwbbbzOQvGvg+cLxqJXfx5SnJDefPPtQsxRoYIZ0mh"
    "sjLJNbDko2RFL7dGiuG5gneEM4WDDueAXlkZr0PwsPmTaL8eaJYn7yN1noY9xi3iHiR9qm"
    "s8u386Y7mz6O9CmdFXQc8oRdgp5muscemJgufVHwQt+gQCf3PrsD/r2Jvf3+dXHIePh6eI"
    "K+VsWKy7OHNtdgKQm5iQSMh0QyIyoN7rqFZXDiT2woZVYpXnkLNfywUD6t/7jM/K6KYG2j"
    "AqizAIaYeZEfxTxOEMnMaRagMF967GNbEHYwxqHDa/9T2z9XNMOc+iduWQlkKWUWgzRYIr"
    "V06PcKGycJMplNEzbfTQOC7EMVJqW8lJz5e4kIVFBvsUCOC+rNGKz7samCgLocSyoWa1fC"
    "forF+JUwmmzkuFPdNgk7l+gq1cFS8fAUJiThJk3HwyPdbVHzBULkSJQMCzms2HYdKwqwIz"
    "nZudt5h/IGH7AFI2q8HKlaofJdq2gWVx348dfDFqKbwXim296d/bk37Fy20MzxsHVnt7v9"
    "y+51p4V007VMG9/Z3evBbb/TpxuMTZYudu/sQfuyM9DanzowENEt8NPRH0jHOmtff9HO+u"
    "3r888tVj1QG7mUW7M7+/zy9kzrfbuGgcbWcqSxagB39lW7/6UzhKtz3X3AXjWtvv64AJP+"
    "prFnPuastzPHsbBuF2x4cbrUXBhRwm1NhmAz3K1r46zXu0woKGfd1KZ2fXt11qG8Z6ynD5"
    "meUhuV2lhWbcx6QGoKTZfGwShF9kUaqtuQyb7W/YWDeAe22MrlSeQXdRZhkkg95501w/DY"
    "9NJjtXh4+T+YcStEt6HxzK/oC5ZI9BRorBtOwR1YiDAhi41Ef7qWtxM1H6UuVcUpZJXfY6"
    "SJLHNugh8K+huBF2vs0I0cnUC1pQCZ5Z6u12DaPekETalaYefWcKp3dGUfKvvw8DZu1Wmt"
    "rk5rrAWSRH3W6PcIR2jHaVR89rM+FX4+ZBn8+6B3nc/giCJtcZljD/0fPYDI1nwqjV8nS3"
    "vMzrDR0rQ80yZv4H2/NbarFOaxGziUMLYCNp9ctf9IS+D8sneWtqJggLMCY1isCnWSSuoN"
    "h5WcHnsOs3mocUOWlWtFqWQFBUWoJmgqvllFsSspS1JdSrpdW4YY9n1U0JFNEDsqf7NVLI"
    "1XhsrD0cKaUWUwtOjhZ+Gznh2WUXTsBPjdRA82WK6jFZo7IyihyJuToRMIfohXLGX1GBnE"
    "lVMFve4XQBn0YaLMI0En94Hv4f51Aj4lUQX0oLw6NGlKFjVHC4fOFjTDLv5wZ+uRX4DQlU"
    "MgQt7v48IfVzCe7Btlcw2Mx2eaiOUXUciLdTTe/vN78L9KuFLtNYElqvG8FYbDfhDfooI8"
    "GL80c+hJZFvGB6THCzg/YLwImzjIIS5llhez/rjM8koRArHDdjPP7BFmSG7VuzqgKkjXPq"
    "d/5GmFsbvlNEPQaDTTpj/CJynhXnVs/AMsXQREiGC/Xe3VoMUzCKlypINbg+564BRookfd"
    "ggh7amY0fZc3mTmuh9hGkONhrf8FSjtT2lltmPz+XFFbOObpChN29yWIZPZ8SOPx0z0Pzx"
    "d5RRUL95E4ye5wsbfb3U1O3/34jx9/ef/zj+EmEl5Zt3eoANYXCiurmlYvQswVHYGH6ANs"
    "gMYN7nebJZSxho8uZmnWJRNNj0nwkRkp7DnKkMrcmiQK9mUmDUOk/SZFmXZesdBznSHOP5"
    "g2CuwzmfT2Ne6n6NfU4IGSL41gh+Is68TKLAeZCjFF4fd5mEU8Nr8MZAHPQ/yHYFdfFvwU"
    "enB4ESS00Al5clyjlU7zYG9polSAftSDd0173228SAEYBwpg7Lh3qGQi2EXrUBWFv80s7W"
    "DfEgaJMoSK4+U47jpFgOfzefEB7Q6bpvIMJ8dtCOpQfnq6n5nevrjqXreQbsxN+87u3XT6"
    "7WEPbvujQ7b7+Ret9/Fj97wD2e7jB82ZTMwxvrMHtzc3vT5kxy8XC0eWPAqV077jnPb1TY"
    "eLQokPpNEwC+GHxUF1w+Cj/ZgCam1wvRNeBXpktUbEv5RYAL8Uzv9f0tN/QrUYbAT+RRHg"
    "O4dSWvy78eQ69jRU7nlsGHKdJyFbvTZU3HLGEDC9pIZSjs75TFR9ivZgELUXiZgq/0fxoj"
    "qu8BxJouyPqCqCFAjpEbe43Wdli+a2WtuyJlQbxrq1F+YQhjnATbVUoRYXP5r4iZ4tO28i"
    "uaOZDcCuvli4ziM2uOPubzz2BJJp9xIyGLRRzsHeYx2Wi5F3qo1P6RLSY8/W2hzxrwb+7m"
    "GXB3lriRrwsRuZwv9/BR/G1zZzqfyPQsGlRMEDf5dIhJnsmGGD1YuGSpSQPeSvjlaYLKRF"
    "jV/3H3/GUDYRAYQEtSRcSBVDeVoG6aBPFWN9pxm0Q34vREMQcZIJES88Hkr71IoG2NLsrk"
    "vZIBgFn45M33Ucfn+Qs8g79XBV2llgFlzkydiWJH6YVxOe5CKTaUciK+LhuSbYCiZJJW2y"
    "XUVG/7OMk+efxU6ef2acPAYemR7R5vTM12zH0/D3MQb7x8WGmWv9rPP8PD/YDt1B4ZWD9Q"
    "f5fMvwk7NZUDbPD6ZkIywbjdXNFLPL0pTSuoaktNBiErCodpFnE69dBSGRmu0Cs93f2Klu"
    "ZsDHCM33LK2a8dVmfMBJh3i5E7+EEEJSJYPK7aqMykshh1jJYUM5VFgMWVolhWpSeMQuye"
    "0juY79MSJp+d4g0EHPHocFnHyoAio3IvyI7bKw6F7EMseeHngik3IpLtAbp5GjRC+89uhK"
    "9Kpwl5cU7pLw75UO6YwTyew/qooW1hKpvCYyhTMwy3LhwJTLcKADY3jZ4JLEVNtu3ch4jG"
    "ceYuJT9Ww8dOh/no+tuHTkiavYPAqlWkREh2kixWERnUBTKRsboYW6zfNpiVCy0ll6I+d7"
    "CwoeQdAwxHEHjmQEDQOnlI5rUNhI3ISkQkqMpvoip5NpvUPnRmwEP5jP/UDdy8RoqHAMKc"
    "MxQnkJySBOpSo1b4xDHRoaeLSCOCxA8OjEcLiY4PGK4sBgwWMUhMI7jj+LK6lFl19rSTq1"
    "ziqvM/oBNplUyKhKESoR1JUXFcsy2BB+iuU2HJggyuJPyW2gAIDKm+41cHcYG+pI2Zta41"
    "I1hvGx1RzsKkJdn0WtIqS3RBUtaHoCmX2snpXfqgBRkXqtADrye6v4XCPIxo/YRXPzO/Ke"
    "HMRfloNW1TryBnWy9pujIlGYbF21UFTr5DLM3kbrZFg8IvwNnpeZvw0yh0QH4vlbg2vqdA"
    "TWqamJsO25q/TOUob9709LcP/9aSHz4ZYy3V6mqzqjxZbJIw9OtGIfXqlM8qPTbbeaAX3D"
    "0cFQZ81Rm9KPlNGffNBRi6vV5Rx/VLv2WAKXjvxBQu3mA4uUCv4CfQhbEyBYEWTO50v2Ef"
    "k+v1pG3UCDksuaVn6+BpsQ+YrA87UEQ+IdJqnGYHwR1eCmc33Rvf7UCqb9nX3TGww7F/QC"
    "Q6Pv7K+97gX8/eiYBvzd+eOm24cLvE9AydLr264ZKFG7A7lSuA9EUygF+tKhHOuR6nmjlf"
    "BGmaWVuJiThJvlGuAxxtrdwmOSCaMsOpadijUAZGWgyiDGbQdA5V5ViC3ClBsp0+u0aCH1"
    "WUxthrbRoaaK5s4jnkNjQKrt3utzMIbu0cR15lT3ZcEZYTyb50CbBuacDq7l96Suc/DcmL"
    "lE5QmqhswXjoft8Yql22erG7mY8gbirfiMBrGHV6AcUhP9xeNQtKQfILjnZ8rm3wxMl6Cu"
    "kgrSk055r1TpZPPqJruC83h5Ezr1W7EqJq8I8vskG85cZ9WOo3onEpY0Sa9iAUnlkMosr4"
    "rw9nYq5EMgKvE0w5xiIgR0ZymPkOdbaF85z/fJr41RCWlUcET1OLDjrJu3Ylv83LHxiilb"
    "leCX+qc51PKripYFtFJzftC9/nTZ0W4+twedFiKU1xbWFjOd4Ds7H0PTossO3TfDe4CnRf"
    "cAVYuH4O4fSQOUy1l6GsH0xYZI+4EcyiPCWGprNZC1TsqfwWnK4yvpVv/elLD9KnFblc8r"
    "3D6y5fNUDQBVA2Dv5/WLdI/kwlaiaSiaipCvM0musjTyqJUwKgtDFcTYifEQA8eFZnuS7o"
    "ishv16ZlVBkjoLkhRu7jUw+PjCEtMczjvQSjA6qZUoTpfgdK4iV4LVhWnkKoYjw+PkgbWr"
    "CkbBWwuiE8VrGeXE7h6HvETrGkFRp7yUMOeZKka8VY3ml5YqkQyGCFU3/VBjTvyK+HEQLX"
    "qJn0NRlAS0ppjrK2Q7Hpo6yMZTHTocv0FtnxrNdAKlitLg8fbedGcvdNNA9Cd/QKwf3ZTO"
    "HhbxsXCduQO/VLeC0A6TwKscdttPUGvydDXd5hGkq01jp1WsxT5jLY7e83PT7kI0NJ3yd/"
    "ZNv3fVG3Z71+3LVny2y+G5EQyjqDV0Yhsrgf4wb+nSvYSFuvBNqPWrafzWYhuQH+7Cdh+6"
    "s/k/R1wMpbIIf16TRfhzTtulA4pGr2WVxLd+ut0T1qS0nDyOCYL1cyIqC75GpH1nvbawzd"
    "YhP8zR384IkSe88EQ7ex6F/JWnpXjbPa4U1rjUfSNAVBFNkClsvzK2L1MtqBdiEazBnKPm"
    "rRuCSN/CgQ5sFZTFkBLrf4MG6wRgIQ36tW+YGz+AgW7oOEfE9Jzs+BIlswQzpTbAlA8iUa"
    "oUlFxfnlR7aZhehxUmySsxHt1troPmdHhOC+ub1Nt5PZNzREd2mOUc5Ak5C5gH/noLk4fo"
    "4rJDP1Nwlep8KpVITnhLXJE/NAU+suDCGQvVLVyvbGz5gSjypey3cBWXBdFCAqkxTCrPyY"
    "RBZ00UbEEAqvErb95k0jr3lCwDzNSKEeU1ItAOAUuWJkyHs0y0llyS6ggZ/b5Uyt37NSl3"
    "77Mpd8kjXyAkKkEncUhUA84O/2sRnSOU301kTpBulwXk94IaJPSzsksgQXSEK2ArNRVNe7"
    "HMUaOK0wFCgsPNBWCLQnenS6iGQJqI4LGLPYLmOnmoQbHaSpoAvQU/TWA5RBQyrwUmC7Ic"
    "jzEhCL7Qz41vBi5E7LoOJNAHOaBSrBpjyXcabS6Sg5eiOiZUeaMEvAxgWVNsliCy8Q2PZo"
    "7z0PY8PF/kRhylnmiuQzhYzzSiPXESTY/RlCoK83k4vEE+FY8Toq8wH7HrV5awnGlwsPM6"
    "0syOQODIyS8Es+mAKgroQGESbBusnrCwlpsi3NZ+dawSidW8YR0JBU6KiEAdEjn8hBDbJd"
    "Hyy0gUMjVFJbHVtjfGjukvnzpuQaja80GDcXqptU44DLXBsD28HbTQzPMWGp8ddzYglb3b"
    "IRU1r5hwZ/c7H28HUFTVxZMlgTKrw0tK5Vn06Ytr+i/Dpv86u+ydf+lcaO2Li35nQK+OLG"
    "f8AEEjhkFVcfrEdWf4rdf/Qr8Xe0+O+1BJm60dbmK6NzZw3tngOBbW7YLVFKdLyXpECeUR"
    "tqjHLXef7/UuEzbdWTe161/fXp11KO8Z6+lDpldwGCjbYWu7lwrweoEBXoEVUyGLO0F4TE"
    "tqv1FGAWOz4hCPM+Lm80VsxAOTSPkUzMRslKotly+F86VLnNwCuckHmgK4yDgieRYW+ew8"
    "0Vt+IU2TLHRvPMMuS32C7Y37yVmDeHRiesii4xMEHIAkKyp+IHdcZEE7ibEzn5seeZ3FSr"
    "b2lg0AlP12lpKoiVddjY3WoCUwP8WhkhjV7g6St8d3iux1gwuPmeItLn4Sld7k4gdiOfSX"
    "DQB1uB34w8fhWsjXU+nVMSX0h6V/Q3oo1arY9cCbMqE/cZUPBdc6em5R8BR0GC6PdD1wBR"
    "nLCRkf0CZYAf3xC4oEkbPsu9+YZcu17gVCfrk9jy46l92vHdbVKNyS7uyP7e4lXJroplWt"
    "0O4WIre4c00E1omTHI3eUBugE8q7AqSTpj2YrM064EqZMByVm6mgu6KMbMk90y8PugsYWx"
    "9014mNeGASKQvdpWajjNBdKIViyzYuqNKWbXy+PG/ZfqP2IYY2rn5A8pNOx2Klh4L+wa/Q"
    "eKbbU0wQlOnHxhvEOsDSiQdtX3mgJtQtgkJIxKNT0mjl1DLY2ovubHrJwC7VLAzeOouFL2"
    "L3kTX58cke8IoFUN3zvzWiW949Orn3+c1Z+MZnIbnfGB1UtvI+beWla4lAs/7jMkdHVMRm"
    "T9+W7Yq0ti1SJtg2topEGJ0iO0KGb6HxF9EgSeQxr37humCQBN0Og0GC3eZgg0GU3VM814"
    "/X7tlj2pl0UpbB6vH5WoPRcxONdGCCKGvsJOegVLbOBWuu2QH1ep0nL++xMjYP7925qTOP"
    "LEfhAy1qMdA7OtRhnWNC6M9CJ/qUvqWJRrybHHnCeNFETzPTwsgMTJLnvXq1vObODlHU13"
    "GHIDgCW+g+DrHeAwkBm4nXK/DfP+LNT5/oRShjrLPsvTVuw5gHKf4LlN9Qnn10nS2UkJmI"
    "rp6iU8p6CWUdFnUFxTFGpnwiMvtElPfrpUhaWYHFm+jxWoHHHWQjoeayzu8FXK3B/ovZFn"
    "08dlzjAAVS2u0Vm4my2oG+ENZbgZGkytqA4XQpZwDCJDEQp/XNtNAbFB+RvOGB5ffU2npy"
    "Tc/DdmBPxcwnSN6nl3JtwK286c7mvjIwDD1sWdSgm7xB9xPdtunRQwe6R97StQmbJTxKNC"
    "ougFznCeHvJvEIi4tnXUni+r7yfsm+bzbXWHyiBeGOuBRc/RbeQl9Zjp7D3+LyTDGS3Rdo"
    "2o+6v5V6S9HmJugKSxLu0BcWXlHOMGUGSW4GSZL2c4HpbzFzg6KCW2uVQr9IvBF7tkSTuZ"
    "FuPyCfhv7/2NIBUwfdSEfjJfGcOQPN+eAf/GZtYVoO1comJnTyoZ/lOo+6lU3x2c4rcgH7"
    "YDDfDHjAK1aDlCx0biVB46c0dv+XX4kF7gcpQUqzk0+zS8uytIqXJpRZ12s8zRyCeRczlv"
    "HLF4vrlyFkvwGd+JsCfYq8Ti+3/aiG++wntyVJpNhvGni+cKhhOl5V7h+3jdqP+jy/LcXa"
    "bjYhjcyQXcM1dX7CybVHRbyHcy1/2j+fBBfQSr0GrjqXl90WmmPLMu9s+Ks95H/q3p09aF"
    "90+nCB6AZ87Z097PzeZlc8/LfOrgw6N+3P4PFf6LM7+0tn8LlNZ/N/00EfMJnpj7r7bxi5"
    "PfjSvm6xkre6zWpcAZVLv5NSQUi0dta+/tJCoOxpwDp4+xWQEH0OFDft/qALfy90l5j8yq"
    "Dd/9RmDTmJ7k51487ufPo87NDPpj/6a5c+jKczD9Ovp9rgo0lpBt3rNh2Sahv035/bn/st"
    "6Iw7c+/s9p/t64sO/SZ9pVMezyAR8E9IAVzB1w7ajDFUC9UZZ75QLnxs9+EVD5QPE91lo7"
    "f7V+0/YRD6PXN9BaN8Yfy4op8O1x8YR+b0++HesDfodLRhu/21Rwfy6MFA9R1df+RO6X3V"
    "Koh7BJlGB+ZljnsdTKQib2CSbp2BJNFiYAeCzgNU5o6NV1RhJazbK4LQFZ2Eqm058awRBx"
    "hCKWaDHv8ADb2LqjcWn7Y5pFLvOrZDV4dlEkhyaA/Ou11kmFOWLWEbaKwvTI++pYlsBzF9"
    "iEBtZkMnM1z2sNiyMhTyW1ArStNJLSRYBcyuo5s0djGg7NS4Y0oqOvFXOHkT/0mvoZU4nY"
    "LYNccouIH4nGR9vp2lx5JiLKxDrjX6N3YdSUQamYhVE96XeUnV28x4T2xGAoK96Jxftv38"
    "dj4CPf2+tbvD7vUnSnTeu77Q2jc3/d5X6GytP+kmtHHQCKYiMbTARqc07BkYh1+Dcfqd3z"
    "vnQ1688m88Lt03aPsnGf+l2khowabIpF6vATTCGvnAjhk1+pFjiU1Ml+p2/lwROt+ylJUk"
    "saMWKLLxPbFwxRifQ6o4X57zwR4ouOukyBTHK3DcxTrJM1qG+HsBZpJDKjHna4lb7PwxXO"
    "/IDB03l73rT8Hjae9mxqnGsH2NxXVMKmQdFY0gcQF1pixz74bv3JAZ1VJ+z2KBHJffs1D9"
    "qiL83AFUoLfMgd7UfjGNigH9ccqDkXIjmJ5gAImZoMck95SbXODsTRLK7D2S0L29JuA7YG"
    "xWHMIx3+exoQ5MFGVDvVPTcLvR3nHrYYzNRZ6v1afs2Xjo0P/0sVXU+TMZz9OPRpRif9xY"
    "Uv+pFvIU8KE48inGqbIBUFpMXs8HQkG9JZ8AmXPISdbDkKWnmG+HIdVNNJ5haKcD+c0jeP"
    "T3m86nJrq5/gQnyzc8usnGQW3lDSpSXeINv4mK45noR3mQsMIYmZFDMfqTppMZdK4YuV4/"
    "vu8zLW++27q7WsvpHCaPVh73NR4Ym9dNYj8QPVRfKTfPutft/p/5aM9ZTuD62Z/DTjuNLp"
    "v/FmqK5z8us2YZiX8PrQZn+ulPPwth9CHFEe4U9SPECvwqZv3xgl+BxijesytOV8+m9UJ0"
    "o41yLjKSy4otsMXKZkpH4xyUwMqazMmZmrCYz9uD8/ZFJ2Uwb5TJMnQWt4tGjjXHbzRLGH"
    "Ges1guyplukGm80FdzVm9q5jrL6YzaSyw4aUrl+KSvEGWMk5dskt+QZpPBKuWlxILLWfAX"
    "Ze5fDf91cD+MsVqbvbJcGMEJpLJY5LT6YjKtEkgWI5dZm2skY7OTceMlFedtN0c58rQJpJ"
    "MHnmMnZKjsoY3QgYVV+mp+Q1Ao5/1OmwU++vQQC3nR7YfRkIbpMmfUnf210+9+/JM1HXrE"
    "rjlZsbZD5/B4MACLf6DX2tfndGmxi8AgegZlWhHd2Z0/brosnBN/X5gufzN9h99CnL6CyN"
    "KwyHGNCj6pOJXsMSDsW6laYRJE9ZsflgtQNUgTmROk2yt08opeRfQqBLrTO6/KZvftZfG+"
    "zIzMKA2TV6OhS4+uOxCqDq0ZdBcSl01PxiTNtJYpILIcUqmFFgmGauf0g5uIvxEtqKgCbZ"
    "wts8RElCKj03MesFC50pBgh8eg6Pk3AFXwFWx79Fub6IqpgvTvPp50Kx0/p2W7O6xr7pCN"
    "D+XncJb7xSVu4jS7r3HT+HWytHl1rNHStDzTJm/gtb+JCuiJ9ahh6yZYHuCUhPKsLbR0qT"
    "zm1KB1jCby7ZpSMtt1nZzIUBZYPwkiiYN6w5wrum787SxKvvJPowC6OAkWHF1g18t5bMUN"
    "dAv3A7KuUels2s6+5wrqESGBvPteRb/GVvg7BljP0on3owiTk1TycroB30jt3aUbZIuG+p"
    "lrQLIo1brtKZo7bqWTvowyVqyLZd1MVDcBqFWrgkPkEMtu+PAv5fKwdHMOogh+BiKQQh3m"
    "Up+EO9VHqPrTZpSvo3gY1ikA0ePK5vaxOWaxVlDw38VUpKWt2b0YTfyTAaStIPgcYpkF/w"
    "QmUZgnHHy8zNIBzGTpYspyQ+gkStPJu01K42gPWFaUifU8szdMxJKZ3e9Lnf/v15z/73PO"
    "fwYcbpp4dUBpV1L6hlSoycsONYk5aQWlnqRUUpdF6jkpN/7XxwNQ5wuIt6i02lO0B5Nt9S"
    "Jz6lRulRzhZCq3aj+5VakmJjnO/SBb6uOX5/OkWLxYJ2hvcSQs/49Q/lmV0DvOsaL4u5Cf"
    "5YLwRNuL4O9+fw7IY4rsf30E9b103/HN6uWZHprRb6BSNT4gG2IRECc18uPyahtZZU1JvJ"
    "U3UZX+Hs+HCx1Cr4/GsPelw4p9PmAbInwuL8/a519aIVgaxAcFwUFhNE8YzHNnd6//67bb"
    "p4+Y9r+WprsKooeC2KEgJigICarkAao9+kcUc5Mfa4v763SbPMEm5H/0/vE3spzPdVcoCC"
    "RGIjHTGeoM3gQeAQkxHpz52GiikWviiVWpevdPpTC5n9Zgcj/lVO8WtgaV9S+XUVgG86GK"
    "iUb1KFHVIUGm7MG67EHO1hqswTCZ5cCkUNYUTMy/EilDO2uUc64vpzOvM9dNq5Fj5MRvr7"
    "VybMejKpQ2Zs9rOCR4vmuOjdjTzAaxHKqcocHV8IZqad6Y2hO8zAOUGToxqFJmOQsWkwNH"
    "kYeJR14HNoruuvBYTs+cLbxAGT0S71frjB6YCNrEdeYiylqCSF51raKD9PSnMgoxfao4+v"
    "OnbN12B850euwTnANbFZcGTdPJbWDSDQXbbM/AryBkZmwuTADqmtQ4ofr9D9Cqww1TXKQr"
    "IEqWo79zI3SL5RMjOYKFsGuGz+m8psdwrva6ZvtJUG2L7Zmz4JDjM2YY2ugI7TwxEjWzhW"
    "f2yDFy8I9ibgfPK1YLsxrsCsFSQHESmY3fxhmUAwqijf19D9TvQEcvCTbVXCkoeHuFgIMU"
    "qcKaZMeaNqqlUrdZPphz5uUa5XCzWd4kJ/7jzxnkxYJXRu+hGr3OyLSEHEIRxc7UzW1KIe"
    "lue1fG3fau2N32LmPsUjVHyMj1n5fZuJVW/VGhvuoo3ulRzMDvK66L5p3GiftlDmSGRmvz"
    "GEW5WCAga4IqDKUvoFEm05JZDoHO05ap4sxctvTIJ7x0AsDYhOHZEw+7wAyCRit6GVESx/"
    "2QQcu39qY7GxIJH/AKnfBUQkrIWnF7S1e34MZrNNcfqPoPtwnlsQ/bjzB6ck3PwzZrYl8S"
    "f0+3oocqYKl4vOBy9KBNN2a6PXh4vvBU6S95FZp9tkjfL/u3X7dhr0HXzwfTH+tkz3OdiM"
    "zxJJW8sFoD9tYVzzlOVMiY6QTaEIeeYyncWJZuT5f+KV1WEnGao9DwU3wuw+ViHmdtp/nC"
    "8puTl57rMZoj5PA2AhQLHH3rAhT34OjbGYu34nSS3wdyRDDAAZa7pI8uxatd/tdt5xbqS3"
    "LqO3vQuR62mKWVrU85+NK9uYEL5MFcLGSpRekbVDnCKi4PGyPZncPq7Xb1yNr8UVCeR8Ou"
    "6+Tk4RVvN0kqeTVEabcchTwWz/DjQh6TPd1tr4LIY2QqyVzmJPM05ico5xzyg5F3o+1rFW"
    "GohcmrVCIIdgXzHCDXD2xkhr0CzmuCme6hmDLzoqYLtvkvrzBVUqSHM02+BWANecJ4gVh1"
    "wKn+yKYDa9/x5LgP2P2ARhbLIQYHAAP++bJ4eZOE1eWrpikkKA9sigQTgU4K58GfHHQ7MT"
    "7wit7+Td1ybOw7l7izx1l6Y2dOv4ElXQR1Dek8WxBMgumEnmbUyEEn4UsME5etuHroc0sS"
    "T+hgQYXZyHGB8hvNElUQSPjk84lBYQFedhrpfmegJngV0zXJPyBwLi501yOsCrmf6+OxxB"
    "3DxU9sjJzcoO28o4x70mcId5bEDATuqYz9rXyQygcpFftTcFGp8so/rymv/HM2lftoOwpJ"
    "OcmTvsfxGBhZIcM6RSqzGFg5CQsbU9As+FcnSr4/sZZ1Tkn8dD/9npylO8baJlVcUkPIXK"
    "4/rH8cSkgn0JGL6oM2bwVUrfh+7WC3z1PR1ZMgU3Vgqy4KBdEWC+R4IVoXT5aUqdXycxKk"
    "B2Nwv0ioNmEyld9bE2QyayUSbq5rar9wtmZFIVz75Vs40IGJoWzxl8QE3KAKKMMecua+QB"
    "FQhtTc0HGOiN1brQEaMawI9wq4WQ770hbB47Um4v3V4KPzOWY5bLalG1wrJElKJEmhHftC"
    "O6q276ijb4cSAVzxdyoh7kc0ivHV4aPYcSEAU8SoFPPr0qRDp9iGinTohjswIZTVo+OzL7"
    "+GYmprqYGnl84hTuuyHI22UmGzZJtKt28R5mjcka34rLod2adlfM1BHtIr4lf2hqxXCFTg"
    "XgLu/HWdJ4h/8gtJPvCwBoY+84v8lXQINlNJnr95a+9R1Tkk3vzXqf9c8CK+5Ihih1Hc3X"
    "6/sS05bLscvvIKvECvgFzdo17IRicQqZbQ1DaENY9LS8saanWgvsfEoKzyWaZHWc/GQ4f+"
    "p6Tqv0mHsr0u97La/7r+ZPll6TfS6nugwDZylHp+Y61OPzIti/5kzQkfFdPpGR1UrdHRwn"
    "WM5dh7XtPm4Z4s3IRANRwbU72brNfp63vPnQ3R0Nw/Td6g+wV2Tce4D0axl/MRfxMbE0Ly"
    "Wct3/hg6eUvZD2YFu7jC3uvSganPVskJPAvKlpDOlli45jinlMI6AYQkMuN5Ddeko8Dk9i"
    "c4a8rA4sH4KkNjqjzyqiJsVQmWit11mNJqXFSP8fmovZBY5roBjZhsAOqAb64inm1H6x1e"
    "FQH9STc9OAr9I0PQKG+0v7W7w+71J+2m/ecVqyWQHvHObp8Pu187LajcZj7inDoDt4Obzv"
    "UFqzSwZAoqXD1vX593LtmDY+CXZVUT82mpQj5r6vhk6p8wO5H+upyd0XEsrNsFTtYYWUrC"
    "I0q3LRGHV3YbDnbW610mTPuzbjop/vbqrENXGOM8fcj0CvY3vkdnuV18CIUE0lZ7aOTpWR"
    "/QWzTCE8fl2UAT0yUl0x3rrgnBv0ejW5IrjHKlaVUUpMxRkHRrnTluBTAzQXgwMm5QrcFf"
    "XuOl60Lsv7tkBUj5tCV0AU51m1cVZQswMKaaVNdgdJT5y/kiqFuqR2eWnznQQlgfzwLTCe"
    "AWlm5KT4aYmTV3bG8WZKOadHACmc/v39H30YWz4too/Flu/R/hjBTe9TN0Eic+cIWWzxBm"
    "vPNZp0Ph29iy2tvGnxtBUGrbx7nZPxJvCEDCcn8cG2vOZPLyFhzDiEildIcY4U4kXgMG0w"
    "iLhUKxlWARmgQZS+wXJ2FPMLzLzAB0xz8dwCxbulhzsU64G6CsJzlLeQR1wXbQa5obwtpI"
    "KAU8QXR0fK6/aqnPL/FdLkF4MOfaizRmoCXCGIurjhk62VVHelZF6mNgqPBfgU4IVSA9+i"
    "oLLJYgw5lSvA7SnPejWrp4DpxwiUZwXoJCcb+5DKG8sE7wrWjhAB8Dj1pMXgudQI8LcMfN"
    "6H/Ko5o1iyM0W6uUI0zRql1R5l0xhM+rhKylaJWkpZa0Ck18gaGJy4VRUepJSiV1WaSes9"
    "gzkXxyBaTuW857CbzwIxKEJZCkUwKoK/OtOFZTOFFrk2hNORSajeI1o5StnPleA3tvopGO"
    "lLvJNb5RmQ4ey5mzxQjEbLOg2JsoxudIuL7VYh0JnhUFGsd4WjLeOB5qVa5Xp48cgLfZj3"
    "jjUSNBXfV0nVlmnKN79mTrV/Z/v7V+5aP8dp/NI9zSO3ILi3AW+Ccfx9tYQHD8uospHfE0"
    "4DdZ6HwjCS5C6VNVikSa47iJ1sQPH0Lg1valUBtkp0q77LW8hWCN5gSRvJWaG9Hmzjd1Xp"
    "+8hfK39pJg9farOuceEmVlk0ssd8Vah0DoGftsLh+/fi1LFAp/BzrxlRP6CKlUxLZ+z2v8"
    "5K4go01W0A5dcmFxf9PA84XjYXu8AkE1kcnyt7BLHJvpVJWWUKm4g3dr4g7eZeMO4GMqoI"
    "YxsiOEDA8XIsyL7IJ8P81Y5mVxrctVSBLKna3QYBmP3Hx50nk/KboFmo+QGBS1huY2DQ/m"
    "aPmBvPAj/TZEU/o8670BtiM64cmUb+a6++BbbZxy8xYxNSZGqErFL2oZiwfkZQiPLk5sK/"
    "F4cSyivKWVQDaUrVUTph+m6G+IOIdVAQ5MCGXx5vjsk6r6WgD15wCoMS/A89hpzPnwPGo6"
    "cObYm1EyqnkHfg5II+VaQJMlWiCWqw4F06J0cP9lPMM4C5TWN6yqrybxdtRcg2nC/1NdUO"
    "QUjpHInGRf8QQ+LXUCn645gU+zJzBjGRbSdWIkisvluPwC6nvwUhEnLL1rTMeNJXqVRcdU"
    "TY/tCIkaS1rv48dWII87+6p3Pfx8+WeLZ8daqzv7z067DxdWWHetVTXsue4qH7yMhSCgEh"
    "HtEEwJTmcRLMXmXxpUWyHI0x8wsh2/vJRM8IeKdi1eA4cZ96iiXV+i1IuiXTOoQJlwqWib"
    "2jBY6gDlv5coqaGzuF0MsOdZuChQKv1Is4y97zkLbbnQSJLsWcv/G2vt6SzQcsFyrBb6Ch"
    "mmgZ5MbxbzA7DKHbxkOjbg+R+WiybTEZnayC+8QUNKwP+dwQK29aI720yWZW+F8MEDXRzc"
    "R7FiZR7vGWPP/cHvEX6ETD9WuoT9kzkjIbX9AS9Kl2xUuIOUuIO/HMT7KMfI5K093YhP+I"
    "IVt3/pRNJgy0tYGHEq2TOME1tLsLOw/yOa4cwp/zX21+sPvFLGhFVHgiAVvmMbfiUzmaXo"
    "LL2xM69sZsfIpTa0b9rdCz+cS4PYjTt78LnXHwaXWLr4nQ0jXNx2gqu24wXu//2b3GQ5n+"
    "uuWPRdRKKcnmWcnsqaLub+YdpVZaxp5epWrm5ZhHDwru5zncx6y1wTOLjVLNFqbEyf1Zyl"
    "QIIQ2JwG5ZFuvUFdahjyoH+w/Gb0w8FchABU2wAjMug2ms7seUV4wo/lgFkLNzIm7/ZedW"
    "dT85n+ZILoYtFd5mEfj9nIIW0Q/OzYH9jfM8dixi3siPFAv5FuP4A1TsAsv7MfHdMIbtOV"
    "M5kEdTzZcxAhRQpd8pn2BQ94lYwZz8tGSnc3gPSm1Dj+b+GHpmp/IKfJfbzpNtxBKrNpdo"
    "Cl9MM1LWgE0GPrv27pyQWV7sMx7uz2zU2/9xUu0gPDdR5ZpXxWYZ+wqvrcquP2XL/ze+fc"
    "H+BvPGb0ySr7cthxme2zrDWXIZTa4ObJOmGSTiBU6RN1BBN0ak1t2yKUFed/Kjmn0rLYRi"
    "pOpBCIVQFN08mLdcCqQDp5oLoYYIVQ89xvuqMvoXGt5Uz56vAzqUgrDLFs/Woav4HaxvQ3"
    "9pccCwZU8wcenIon5ncRweWQ7lB2neHZD+c9UQmCsEw4cy3uQQU9nn09eLnAIRX8KHA7gX"
    "fM17KbiD4T6ODJY1JQhO9PS4jw/WmhCOFWpoYPZeQ8K7oh/l5cvicgkXq5rTgUz+Th8WYj"
    "XBn4gOgm6K24POgtcFvaTg2tBjp/DBO4V8D4k6v2H68T2Ndl7/pT8HhMUOeXvbOUgMDM0w"
    "JLUhipyqOWWjPnjQFS9jP8CnYBdsvQwpBVdweDvLrE8qgldpZJadNGsgD0o7os8qiVLKrK"
    "gttm9FMLM/mKz5w8WnkPn1qyNLdxmHCUkfKQzmdsi9mgebTyiqARKF9USQs/OShHzX+KHD"
    "o0fCPlsiEkiwTRYQiB6V90J32i57k+ouzfUBL1q8IJUDojjOfyyZO0ygt8SF5gFz+a+Kmi"
    "4BOkqpCAPEHUWTkDclyl3H9EpuQrt3xZ6F0lEccpD0bKrBYRIIMc2IiDTpujGYcmfaYU+W"
    "5zYVMvh1hmnERyU2+ke+NZBRlEVMrMrpw6qwrj71sEoVI4WglLIUsr8VLgTi3fPw/nUOB/"
    "R6Z0EO2ayENVOD+mC2yhcH78cK2Bx2d0uHY02pGyOUcjKcHq2PZRA6cH4HC+JaWm86HsOG"
    "X5n92IS810qsLUwPgbhoudBaNJwfotzPBI35MqkDnO/by6XUnhPBvQ7CPn4dx4PqgZwqV/"
    "YPHAgD34QcI8YjeIz21GmbZT11kufoiijakpCEg3/k7fYa38tDTXecpEPG7rPXf2CaTcQo"
    "DLk2t6HrabiNBliwznybYcnRqq1hNEKPOqo6yfAmUxGq08TFSi7gHousVRwzArWKyiiD8j"
    "QSRzQF3FjLWtxMzRN3q5nWSL3agxEpm57PuN6HbJNhm6eWCM/M2X76lvIEkENq43/BCBxz"
    "ZHvLbhci1Qeout8EMIoBfdk2prAeI5nm6Jbe8hicwMhXzdwDvNI5xIM6yhKZslrdJmywnk"
    "eB2mZDmag15XrXl2kvZwnC3JFDtqmlMdV9zwlF3+hb6WSvWogmTODUtSxfJHpZgLG9vCW6"
    "1JdUZNtHzT1b/TXGe1Ws5Kt7yVNoqefdZgbaM5dscznRVdoprZ4gMPiMfu3LQpCaQu2AYs"
    "HjenrrQwtbIOD9Q6FDUMj9gm3EpJY7qF012+IHG0IGU3IpE3krAij1WlGKXy1qTyBieUsE"
    "M3RSizFSrhYbLGaxswthZ3i+vZR+20Tc1Cqdwt55TdU8dd5Sms4b1SKus4/nQJpXVsLUev"
    "IOOWkwECEzCKgHOR/k2w+2iOMcnTWkXJ80us0EGC8ip0EjWYjA2smjzLswmt02gDmWXVre"
    "frdAS0Mmu3jasOqEJQeCOY21CIo/+1e95pBdO7JEK55fIaolk0u0+g2ZlxUX92jLLctuvN"
    "O5SWPzuy3LbjMY2OWoGw2IhI6e61RVxSptagt5/7wxyYCEpHWkZTL6Gwn7cH5+2Lzt70de"
    "B6nq7uS6OEnh48WVJHR+7S5rUV2V/OExU3OtHRgtttoGiDLoXuGcfY7fvXRRp79cEU7Czx"
    "brNOSaeirVKwPkEmcxg+T6WGj/XnNHTdIMvRD8FCk0tQSqvclT8AcOR/O7YQj+M0O9Qr28"
    "TU/98Qz1zd3o2KWX8tBxfD4Zrjffl90LsuSvcJSdL+AHPsof9Dlkm2pmU2fp0sbVZWBY2W"
    "puWZNnkD7/tNUAB+mUH4Jezo5CG9bCdaEkzQSZ/d+0JvlSz1uEYywMuEzyATpZcOyGsmnQ"
    "EwQDpKb4KxtsDuGLb70SIrwMIjIku4OyPhbZVTwtK9iePOXxFEP531YFosAdaBsU0bzZa2"
    "4WLDmxF+iPi/TegMqS3aD5hbpQpxku6ABSJ9+B/jtJ+NI1i6M4dUXhQjmXYEcgNhebprTi"
    "ZVwM/6z56oUZxGZngk1KE7j7aSLCQLvkopWGUA59NiwPk025dnYZmeBmFKQmd+iuyAz33/"
    "QUTo1KLnPBS2jRxgkDfE6jzBD/WDm00X7G05dYCFQ9+sPerWUrQpeJJQ3vOG9wWnhzp8MO"
    "sR8QG9bfE/wY1p2w67LPOJo1uW86TZeKpDn2aNf3uOvNZ2oy4aY4fNqcMru63pU2P/aXdp"
    "YaJBmiwx86o5rq1ykKGVeNXoJoFcYxvaALorBN+OYI+bSt3dzyRapVbtCTqpu7VLth5UXG"
    "DxCjjeuEDmHxDvIBejUl7FuryKjKs1uBWPPxwwPv/kigW0lqOrILCzwMd4FQv8LOdr1OKx"
    "oiLZLOiEp3k5bgvleAiDx+5fA3bGHYpNtLSh83kAgb7iiSy5AYTbes1zgYbxaFAVZyjN1t"
    "Zc48IMgkzF41eShDK7MfVoQcRjaoMpLrO2fYAN2yItX0RG7fNh92uHblOM+s4e3A5uOtcX"
    "0GqNLAm07qjW2mYLXbMVIrpzRHSuuw9UkxBXiFOEMu9SfrAFO6LBLTByneV05kEnIbMktL"
    "mnPeqlw9U+TA01q/TxLPSztdCIfvXEHJu6u2oGsm0itvKbKHLvQk4H9yuy5m3UbIfObQB6"
    "OzZehS0Nfc3zTbSJSOr1/tsx7UqARYJQ4RWHhFeoGOi97b8qhVQ2wEiFodcShp43yRUMd+"
    "hZuVTqrP5vowCG4zebpTE4Ej7/HABXzOfngC32DoVqSbX/NtegWq5jFcQmPw+aBLQyx4I3"
    "et+uO/0WTzK5s6/a1+1P8DdfdfRK76bTbw978MgCvteh1752O9/gIVZ/2pUDTFHOzWLWK2"
    "NBGQvbAJT5SSbE+ziVYr4yE6Q1E0JlcEOeinSoOFTGxhe1THnAl1y7D1qx5JgJqSdK2Qqx"
    "PjECJXwsbEyhsywnZpHIjo0B4l1AV4ITqB8JF8hyBP1CwM0eGF9N+m+I6Wuya/MRdgtTh7"
    "fzoueMGn9sZt/wURts84MPUYaOPCfIOkNHaVJ706Riy6eKmRkjl9rS7He+tfsXA+3j7fVF"
    "9/pTy0/IJNpkaRtUKtT69Cs5RY+E+FP4zE2PMnCgdQeDW3Dp89B4zSRkiY07u3M97Hc70W"
    "1sU4Hj6P6gfUnvnl922n02PtEhzJtKRnfZ6ANqXXa0m/af7bNLqB4F/jhojwOsurM/dmL3"
    "WGJlcKd/e9nRzm4vPnWGLbaFaqMl3f08+E0QnatddM5YgSrYVCnLRpVaip+WSco6LU7KOs"
    "0mZUXbdenIg4hE7nQ48JsG86f1q2n81mSSYf9ssaYLTV8g7FIVgdSfJecfmgLyiChkXv0V"
    "A0Dqx4mq9t/dRuvdF6J2ZAxXEWsgI7ms2Ho2Hjr0PyUtsg06M+5VYGWtsVItGeszsq7YFt"
    "rIMa78O6WMqnn0bAmbaoFd4tjU2OFkZGYueDUAUEhb6D7oAHqPTOJndSafjAUlM+Q7z57a"
    "zkues6XizUsp35P3QFhUHxwps0qm/W2tWRUTmcChniKT+WRvhKVU4KPpXI8+e/+nPbZdx6"
    "IakvZoFoTXPm9fpceQWhg3vQEYRYQaHr2zLtgpc2dkgonyrXPWQk94RE2o9nXnkj6l29iS"
    "TExBRxVh9axoBInjdKXcyXJkIlY1JUUmsYnIWtmNPafSVlW/5cea1wrP+ziVxHO9EQDKvE"
    "cvOrHxdw8xVKZk6PGeF4F4WEGKVMUVqLiCQ5Pvfhp2xgwgMfYnCZUIVHSBDNEFEeaSN8vr"
    "4GtsqGPlbXJpSxWGzFGuczpOoxADY3eb5XEwbRwQlCoFACTU8GZdX4ESfPoPeIUNNNPJDK"
    "Ao6FbJ7fIm+/dZ9xpBIIClEwgRWLrIMKf0xgdkQw2hHDRsC2+5s0EF5wTwPLYmb1CbjY1G"
    "2HLsKUGew4IVfOURik/COiuHpIFo4dMUVibPMdNUIQjyiCIFU7K1kmH+MyBlQCQzKlbR+V"
    "i/jT8yhfrn+I8fI2vLcLaYsRmvOT1gfhRymgcER8jbMrO2eNJm5qxKrCjm+/ECIC6es7rX"
    "4lJPUtYgdcnQ+AMRcsCTZ3oGM2tDPN07Rqa0rrpwligGYkNEIAq8ODAxlE9Ljk1AydAAHn"
    "D4CdwcjVxAIP5Asxwm4AfBTkOa7SUos89VBrM0+0VzjcGsmlOpdpxHNNWVC2LbCY4SnInr"
    "wkWzj1U4H0VCSasfk/G4C1WsVsrtZN3JqXZ2VWRs2zGxwfe+ImE1TrNs5dm9SGZPEWgvd1"
    "msUXhCU29jKCBlbh6YMMqqPvFZKJPuc+OXcM1TeMJ7pbScRfxpkbCAgBDpXiLXf+zM56bn"
    "sc5BY97Y8YQX7icOJaGDuniCXUxv5tYbqP8FzxZPY2Twr5Awo3Cl2gjEcaLxeOm6HJlOZ9"
    "Yk7imdTUqdTSkOckkq1sS7ataGStaoK36Dzhc/m6dKilOMXGZs8ECzm6JjqyxQG1FILQ5o"
    "LuDiseMa9Iw3vRYK1rNfbiFRfaGKLOqPwIkUBwFxJIiklggcH3SRQMYx77xEZs6C/pX4BT"
    "JIgXKBeJphTjERqj6SpZRZHtIEnlVpUr+PBvVHdzAbJimoWrGO9XEqafvOSs75hW4aGrT4"
    "1ngbFDEJ5FErSWwqicJm2KUkUdgGWx5JNPxW5dBnrGyJrz3JhFUuExVFSCTzkUD1Ut1D3J"
    "LmaSN0CkFjStYFSWapuNhbuqxxUYXzOodY2nUi+Y4F7Q4r12MMiXdY+yCEWhuCS+W8d3XV"
    "HQ6hVmI4BtjQ/eHln1q/M7ztX7Myi7rrWSstmGJ3dnQruva112VtFh8dU5oei3FgNyPP9Y"
    "HMKdIjjF8/plBmlaZQvMaON01BxXHsMY5D5Q7IEy+gAiTrr9Gg8jEOPx8jiLHoTCZ4nNsC"
    "IvVEUyQWQ8MR0bMhGT0bIwtPeQ3RqLUvM1Z53wX0iF0CXYSn+iMdwHFR2pJluAKauM6ckl"
    "iOl43L2NpbcoIz1oVehCwKgmJVRIV0ERVKe9qb9vRAf21VgCGgldnz1bjoDs57t9fDFgqc"
    "GbH+Duf9zkV3GGvvwEH2O/v88vYsvMtmWnDna7c/vG1fhjcfTddb6lZ4n/eFCBpC3NmXve"
    "Gw0/+zBfuXh90VQBYXnc5VOAClw3ge0vt3g2H8u8FoHzu848OdzRs5VO3gUD/AwZpN+Du6"
    "8FrOIVYxOFWXtGXamBqqWQkUsj9GcURsP3334z9+/OX9zz+G3A6vrGNyDkNVL4wt98JQUQ"
    "F72ioc8SjWiEbivYIFINEvRVOXHuvYYPXbXGRQa9FmBoXM3jf6ATaZVMC0UoQSy0fydaH8"
    "n3LIIW68C8kgRaiOiLrw3Xj2z4ZoZDzt6MBEURaPTE1DKRHJS6r8N9bgkex+UwiNtAKS7e"
    "W9pzgbWDAq7V2aTaSpAD95RLFPdEBSvtcGDyjrdU9T+V9LatuZXk5boEK+x0l2x/l3BzKT"
    "CXYfzTHWxvT3Tx13JbxFFwygDNHKAaAPSxHc0X9c3mZX0iQiKQtfjgmuLHxl4csoimOy8P"
    "tsu2qssfH9J5pCVr4bEZUoA8OfRieOi3QWmf86GRrUjIqzPOBVXp2XCiMIogiUTCEI8mxS"
    "TYUgyCOKWMgQFmrE6j9+jI7wbdT6VSUJVEmCl7GPAK6Yk4P9+6B3XQxE5qVdG+bYQ/+HLJ"
    "NsjfmNXydLewx8RaOlaXmmTd7A+37blv27hrvAIBg5TIsKZvfJVfuP9MQ/v+ydMZbF8p1g"
    "gLOUMEyigUqVswwcx8K6XaDTRFQpmYwo2baEEV7ZLd/Per3LBN/Puqk5fn17ddahOz4TAn"
    "3I9AqmvkoSLN6LjjdJUGEdCuuQURTHgHX0l4y1GYSDXW+WwTXc4MkSYAYYklDNjJJ84FlL"
    "poeIviLIJFDgA5rO+uHspMkymmz8RJVyuH3v37jPwzjqG1gwTQqKRSyJypCSFO5QHXZCC/"
    "C0lNV9usbqPs1a3f70z+VwuUoryzzLZJueN8PVJ56g+dG46Lc/QtoQ0N7Z7fNh92unhehu"
    "Zz5iKLdyO+BVVpYECqkAw+gD9IpOd376iCTFVPyNLiuuwt0oRqHc/soaUdYIZfHCqCj1JK"
    "WSuixSD3gUE7v/9cpvIp/tqSqlbFIpZc/tVMCs/OrrFAVW59dI5ShnfGoxJaVcFY+ggAZz"
    "g8MQTWoO0osIktnpd7di3nEEn0iYyRgYkPQPamC6GNjBCqfnV/HYylue88wzhvB/BmxRnn"
    "lptrWm8szLI4qDs4sOKLafvm1amPv/PDAQI98hMhBHtUXAgZtbsLgHnRZKjLB3c5++zjC9"
    "3Ild7CxOEMnhMIbXijqMG/DNBoLf2WLHKoxmsHZnnosxOvE1Dl+ReBP+bPK6nPB27Wjmlc"
    "qE/P4xEjkEeVSe/4VrOq5YFk2cZIdw2lvRIviW80TV1InpErEa+PUl1HjU2oAXVjw/4vQ7"
    "PEDYa0U3qsGwff6lhRjtnd354/zydsDQZfydanfEfJTkNHnULZNain4NEBHcK0lZA+4lWY"
    "rT4cJcWXSTy2ppe2ZOM7oyYg5JlZxllnOsp6aQTpGmO1zFIvwpBGIFxrqN9MXCWiHda6KJ"
    "332NfccHhOcLb9VCul2y+ciuVZHR0phiT/McT89ZtevwgzSlxBmnDdekowCaxjEx0kS6ZY"
    "UmFxHSVHYMMPhsXmBXKypKXUJKSXKJRSU53OOz0y96TblqOgW1XNeKI0Mvb/owPX1XTfSE"
    "8UMTmih5Myjq5u9qAElX0TB/KaFg/lKoX/6SVi8Tc5xvzBsskmgAtUyqLpMgSGEklLaUpJ"
    "J3SUiTR6OiSIpZf5jxBGWiSGJ+uvJbXIzomLwO+40nCOKXN4wnCAKmD0wEZeMJYlNPpniC"
    "AfY8C8+x7Z3p3njWyIkpSD/SLBNXQEIibRRSlQhw58rgK4IIPSAxs1YcG6MRnRQTc2zqLl"
    "XDxpZDwKFvew7S0cS0wM6k/7oZ3ADhwqLmKDVA53pOXMFW3vBcTEFsbDb/ddezo2K57Hs0"
    "bBsq0ECe/a6pAg3kEUXMyEmupCqujfRilDhRoRH0C4kahdzZV+3+l86w06fXdPeBniJurK"
    "9I7GaAM0ZPsd4ivW/XcJtNR+fJrma6npZR4k+LlfjTjBKf3BMFMhSTe6myVauWw4pOIUEj"
    "Kkl5hEbUgRhNpbwWFRDuzaBt2YS5p9VFFiIQkP+4zEdTRfSnfq86KOeaaJZigujoILatJC"
    "oylo0cI0fvGuLvBXtHgugI+LzuKOj8MVzvlwxPgsve9afg8bSzMpsdWjCxyyWH7nqCOwts"
    "i7pWejed6xYCyjt70AFll2CbJYmed26GLAl0PMYLDxJD+53fO+fsmov/xmNPlsRQ3SZPeU"
    "7J4jiAiEKOCIAqMaLShhYql0DxSjhelwBsGxVEHiNTIVeyGS8Zv8OeYHLAiht54Di70SwF"
    "iYePlsDBYyhVAFUni86iExtPdSifwIKtdL9K7esmYgGE9ALD3REH4klukt32XiNYBIaNEW"
    "A4EaJDSVRLbSlNWwWOSyMKVeZNIhHw3VE8LiFOpkBs5R1S3iHlHZJoYZEZHukiAGtIUGkB"
    "ycbz5OwuAx6dFoNHp6oLuSzTWifa2MWGmcf7ddWnE3Ry159uPOCFh3SC+Ac3ke14aKGbBn"
    "KWJXNT17G5vsrUcRNQIGY9bjiq7b3iOlB93/ctAQVYFwvkuABrSQDNIXbnpq1bjRxMM7zX"
    "LANrevGnSyCbgenxiqCb3gAF5C1IIp3phFWapqYHtNJCum34hb0gyWoVoZImFPYaO65B8l"
    "DNbbwiN8Y3lszLzjcMKZYqjFemPbYYqRzRw6uKyhEnUydeZZOSr5UM69fYlCGF1KgMpL0H"
    "Ow7dgOwlJLkiVlCfQAJBFUTl/WkJm/P9aaHNCbeS7Je/rvshB0uZROOlzQUNywTdDg3LYP"
    "NXfY2U/iy5/lxQg0XsDE8RKgitrlzQ4soD4n2NOHZ/gJIomxKamoVStTUKbEAqr8YaE/EL"
    "77Fa3krU/K6sZSzFmBYF6CW2PdM34ighCWsMxR4LONqEdE24F7MEwaeVay1u6zXPx8Aow1"
    "BKw3Dh4on5XUQ7jiikNk3IDFAPz6Fz2bIA/SBIBxdpFZOk/hhq+j3aTCczEcbHaeph/X7n"
    "/45KpRxGRZojYLSyR16SPWLpxNOgg1kFuadpVSi6bKHoyTi/R+ehkpyTlErKMks5NFqE/e"
    "JJQoUv1IUvxJ2NG+ILcS/ngYmiLMCQmoZSAQxt7Jr59ab8O811sIIePfMckFDM1ZoN9Jdi"
    "nW/YpKDY7i7sIlRsmhS3EToGu+T0p5/K+KZ++qnYNwX3UkGPC6FaFP7jR8jdd6U8f+/WeP"
    "7eZT1/9I0ezsO/1zYMCkh2nwq+H02wtqTvvUZT/ef/A5ZHxqI="
)
