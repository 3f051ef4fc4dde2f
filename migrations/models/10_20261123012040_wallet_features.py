from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "notify_caught_email" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "mail_from" VARCHAR(254) NOT NULL,
    "to_addresses" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "message_id" VARCHAR(300) NOT NULL,
    "headers" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "raw_size" INT NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_notify_caug_message_5f654b" ON "notify_caught_email" ("message_id");
COMMENT ON COLUMN "notify_caught_email"."to_addresses" IS 'The envelope''s recipients, comma-separated';
COMMENT ON COLUMN "notify_caught_email"."raw_size" IS 'Bytes of the message as received';
COMMENT ON TABLE "notify_caught_email" IS 'An email the local SMTP catcher received (development and tests), as it arrived.';
        CREATE TABLE IF NOT EXISTS "wallet_payout_batch" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "file_name" VARCHAR(100) NOT NULL,
    "content" TEXT NOT NULL,
    "count" INT NOT NULL,
    "total" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "submitted_at" TIMESTAMPTZ
);
COMMENT ON COLUMN "wallet_payout_batch"."content" IS 'the batch file, see models.wallet.cashouts.batch_file';
COMMENT ON COLUMN "wallet_payout_batch"."total" IS 'sum of the amounts, in rials';
COMMENT ON COLUMN "wallet_payout_batch"."submitted_at" IS 'when the bank accepted it';
COMMENT ON TABLE "wallet_payout_batch" IS 'Cash-outs sent to the bank together, with the group-transfer file of exactly those rows';
        CREATE TABLE IF NOT EXISTS "billing_product" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name_fa" VARCHAR(200) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "price" BIGINT NOT NULL,
    "cycle" VARCHAR(16) NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "billing_product"."price" IS 'rials per cycle (or once, for one_off)';
COMMENT ON COLUMN "billing_product"."cycle" IS 'ONE_OFF: one_off\nMONTHLY: monthly\nYEARLY: yearly';
COMMENT ON COLUMN "billing_product"."active" IS 'inactive products take no orders';
COMMENT ON TABLE "billing_product" IS 'Something a customer can order, at a price in rials per billing cycle.';
        CREATE TABLE IF NOT EXISTS "wallet_topup" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "gateway" VARCHAR(16) NOT NULL,
    "amount" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "order_id" BIGINT,
    "idempotency_key" VARCHAR(100) NOT NULL,
    "token" VARCHAR(200) NOT NULL,
    "redirect" JSONB NOT NULL,
    "reference" VARCHAR(100),
    "trace" VARCHAR(100) NOT NULL,
    "card_last4" VARCHAR(4) NOT NULL,
    "verified_amount" BIGINT,
    "failure_code" VARCHAR(64) NOT NULL,
    "failure_reason" VARCHAR(300) NOT NULL,
    "credit_transfer_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "customer_id" BIGINT NOT NULL REFERENCES "identity_customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_wallet_topu_custome_9c145e" UNIQUE ("customer_id", "idempotency_key"),
    CONSTRAINT "uid_wallet_topu_gateway_0adac2" UNIQUE ("gateway", "reference")
);
CREATE INDEX IF NOT EXISTS "idx_wallet_topu_status_d4ec56" ON "wallet_topup" ("status", "updated_at");
COMMENT ON COLUMN "wallet_topup"."gateway" IS 'SAMAN: saman\nMELLAT: mellat';
COMMENT ON COLUMN "wallet_topup"."amount" IS 'rials asked for';
COMMENT ON COLUMN "wallet_topup"."status" IS 'CREATED: created\nREDIRECTED: redirected\nVERIFYING: verifying\nCREDITED: credited\nCANCELLED: cancelled\nFAILED: failed\nEXPIRED: expired\nREVERSED: reversed';
COMMENT ON COLUMN "wallet_topup"."order_id" IS 'the order this top-up pays, if any (''top up and pay'')';
COMMENT ON COLUMN "wallet_topup"."idempotency_key" IS 'the client''s key, unique per customer';
COMMENT ON COLUMN "wallet_topup"."token" IS 'Saman''s token, Mellat''s RefId';
COMMENT ON COLUMN "wallet_topup"."redirect" IS 'where the customer was sent: url, method, fields';
COMMENT ON COLUMN "wallet_topup"."reference" IS 'the bank''s unique reference of the payment (Saman''s RefNum, Mellat''s SaleReferenceId)';
COMMENT ON COLUMN "wallet_topup"."card_last4" IS 'last four digits of the card, nothing more';
COMMENT ON COLUMN "wallet_topup"."verified_amount" IS 'what the bank verified';
COMMENT ON TABLE "wallet_topup" IS 'One payment through a bank gateway into a customer''s wallet.';
        CREATE TABLE IF NOT EXISTS "wallet_topup_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "summary" VARCHAR(500) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "top_up_id" BIGINT NOT NULL REFERENCES "wallet_topup" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "wallet_topup_event"."kind" IS 'TOKEN: token\nCALLBACK: callback\nVERIFY: verify\nREVERSE: reverse\nINQUIRY: inquiry\nCREDIT: credit\nEXPIRE: expire';
COMMENT ON COLUMN "wallet_topup_event"."code" IS 'the bank''s answer code';
COMMENT ON COLUMN "wallet_topup_event"."summary" IS 'what was asked and answered, briefly';
COMMENT ON TABLE "wallet_topup_event" IS 'One exchange with the bank about a top-up, as it happened; never changed.';
        CREATE TABLE IF NOT EXISTS "wallet_deposit" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(100) NOT NULL,
    "amount" BIGINT NOT NULL,
    "bank" VARCHAR(32) NOT NULL,
    "deposited_on" DATE NOT NULL,
    "tracking_number" VARCHAR(64) NOT NULL,
    "status" VARCHAR(32) NOT NULL,
    "declared_by" VARCHAR(64) NOT NULL,
    "first_approver" VARCHAR(64),
    "second_approver" VARCHAR(64),
    "rejected_by" VARCHAR(64),
    "rejected_reason" TEXT,
    "credited_transfer_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "first_approved_at" TIMESTAMPTZ,
    "decided_at" TIMESTAMPTZ,
    "customer_id" BIGINT NOT NULL REFERENCES "identity_customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_wallet_depo_custome_c3c9b5" UNIQUE ("customer_id", "key")
);
CREATE INDEX IF NOT EXISTS "idx_wallet_depo_status_f4eb57" ON "wallet_deposit" ("status", "id");
COMMENT ON COLUMN "wallet_deposit"."key" IS 'the declarer''s idempotency key';
COMMENT ON COLUMN "wallet_deposit"."amount" IS 'rials';
COMMENT ON COLUMN "wallet_deposit"."bank" IS 'MELLI: melli\nMELLAT: mellat\nSADERAT: saderat\nTEJARAT: tejarat\nSEPAH: sepah\nKESHAVARZI: keshavarzi\nMASKAN: maskan\nREFAH: refah\nPOST_BANK: post_bank\nSAMAN: saman\nPARSIAN: parsian\nPASARGAD: pasargad\nEGHTESAD_NOVIN: eghtesad_novin\nSINA: sina\nSHAHR: shahr\nAYANDEH: ayandeh\nDEY: dey\nRESALAT: resalat\nKARAFARIN: karafarin\nSARMAYEH: sarmayeh\nKHAVARMIANEH: khavarmianeh\nTOSEE_TAAVON: tosee_taavon';
COMMENT ON COLUMN "wallet_deposit"."deposited_on" IS 'the day the money was paid in, as declared';
COMMENT ON COLUMN "wallet_deposit"."tracking_number" IS 'normalised: ASCII digits and capitals, no spaces or dashes';
COMMENT ON COLUMN "wallet_deposit"."status" IS 'DECLARED: declared\nAWAITING_SECOND_APPROVAL: awaiting_second_approval\nAPPROVED: approved\nREJECTED: rejected';
COMMENT ON COLUMN "wallet_deposit"."declared_by" IS 'customer:<id> or staff:<id>';
COMMENT ON COLUMN "wallet_deposit"."first_approver" IS 'staff:<id>';
COMMENT ON COLUMN "wallet_deposit"."second_approver" IS 'staff:<id>';
COMMENT ON COLUMN "wallet_deposit"."rejected_by" IS 'staff:<id>';
COMMENT ON COLUMN "wallet_deposit"."credited_transfer_id" IS 'the wallet credit';
COMMENT ON COLUMN "wallet_deposit"."decided_at" IS 'approved or rejected';
COMMENT ON TABLE "wallet_deposit" IS 'A bank deposit declared for a customer''s wallet; credited once, on final approval.';
        CREATE TABLE IF NOT EXISTS "wallet_deposit_receipt" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "content_type" VARCHAR(32) NOT NULL,
    "content" BYTEA NOT NULL,
    "size" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "deposit_id" BIGINT NOT NULL UNIQUE REFERENCES "wallet_deposit" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "wallet_deposit_receipt"."size" IS 'bytes';
COMMENT ON TABLE "wallet_deposit_receipt" IS 'The receipt image a deposit was declared with, checked to be a JPEG, PNG or WebP.';
        CREATE TABLE IF NOT EXISTS "wallet_cash_out" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "amount" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "key" VARCHAR(100) NOT NULL,
    "hold_transfer_id" BIGINT NOT NULL,
    "post_transfer_id" BIGINT,
    "void_transfer_id" BIGINT,
    "rejection_reason" TEXT NOT NULL,
    "payout_reference" VARCHAR(64) NOT NULL,
    "bank_code" VARCHAR(32) NOT NULL,
    "requested_at" TIMESTAMPTZ NOT NULL,
    "reviewed_at" TIMESTAMPTZ,
    "sent_at" TIMESTAMPTZ,
    "settled_at" TIMESTAMPTZ,
    "bank_account_id" BIGINT NOT NULL REFERENCES "identity_bank_account" ("id") ON DELETE RESTRICT,
    "batch_id" BIGINT REFERENCES "wallet_payout_batch" ("id") ON DELETE RESTRICT,
    "customer_id" BIGINT NOT NULL REFERENCES "identity_customer" ("id") ON DELETE RESTRICT,
    "reviewed_by_id" BIGINT REFERENCES "identity_staff_user" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_wallet_cash_custome_f52fae" UNIQUE ("customer_id", "key")
);
CREATE INDEX IF NOT EXISTS "idx_wallet_cash_status_f98fe4" ON "wallet_cash_out" ("status", "id");
CREATE INDEX IF NOT EXISTS "idx_wallet_cash_custome_adf2f8" ON "wallet_cash_out" ("customer_id", "requested_at");
COMMENT ON COLUMN "wallet_cash_out"."amount" IS 'rials';
COMMENT ON COLUMN "wallet_cash_out"."status" IS 'REQUESTED: requested\nAPPROVED: approved\nSENT: sent\nPAID: paid\nREJECTED: rejected\nFAILED: failed';
COMMENT ON COLUMN "wallet_cash_out"."key" IS 'the client''s idempotency key';
COMMENT ON COLUMN "wallet_cash_out"."hold_transfer_id" IS 'the pending transfer holding the amount';
COMMENT ON COLUMN "wallet_cash_out"."payout_reference" IS 'the bank''s reference of the payout';
COMMENT ON COLUMN "wallet_cash_out"."bank_code" IS 'the bank''s last answer about the payout';
COMMENT ON COLUMN "wallet_cash_out"."settled_at" IS 'paid or failed at the bank';
COMMENT ON COLUMN "wallet_cash_out"."reviewed_by_id" IS 'who approved or rejected it';
COMMENT ON TABLE "wallet_cash_out" IS 'One withdrawal. Its amount is held by a pending transfer from the wallet''s paid lot to the';
        CREATE TABLE IF NOT EXISTS "billing_order" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "price" BIGINT NOT NULL,
    "cycle" VARCHAR(16) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "auto_pay" BOOL NOT NULL,
    "period" INT NOT NULL,
    "period_start" TIMESTAMPTZ,
    "period_end" TIMESTAMPTZ,
    "renews_at" TIMESTAMPTZ,
    "failure_reason" VARCHAR(500) NOT NULL,
    "failed_by" VARCHAR(64) NOT NULL,
    "failed_at" TIMESTAMPTZ,
    "notice_period" INT,
    "reminders_sent" INT NOT NULL,
    "suspended_at" TIMESTAMPTZ,
    "cancelled_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "identity_customer" ("id") ON DELETE RESTRICT,
    "product_id" BIGINT NOT NULL REFERENCES "billing_product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_billing_ord_renews__98f52f" ON "billing_order" ("renews_at");
CREATE INDEX IF NOT EXISTS "idx_billing_ord_custome_e64593" ON "billing_order" ("customer_id", "id");
CREATE INDEX IF NOT EXISTS "idx_billing_ord_status_140936" ON "billing_order" ("status", "id");
COMMENT ON COLUMN "billing_order"."price" IS 'rials per period, as the product cost when ordered';
COMMENT ON COLUMN "billing_order"."cycle" IS 'the product''s cycle when ordered';
COMMENT ON COLUMN "billing_order"."status" IS 'AWAITING_PAYMENT: awaiting_payment\nACTIVE: active\nFAILED: failed\nSUSPENDED: suspended\nCANCELLED: cancelled';
COMMENT ON COLUMN "billing_order"."period" IS 'the last paid period; 0 before the first';
COMMENT ON COLUMN "billing_order"."period_end" IS 'null for one_off';
COMMENT ON COLUMN "billing_order"."renews_at" IS 'when the next period is due; null when none is';
COMMENT ON COLUMN "billing_order"."notice_period" IS 'the due period the first notice (shortfall or payment due) was for';
COMMENT ON COLUMN "billing_order"."reminders_sent" IS 'reminder points of the due period passed and handled';
COMMENT ON TABLE "billing_order" IS 'A customer''s order of a product; its row is the lock that orders its payments, renewals';
        CREATE TABLE IF NOT EXISTS "billing_order_payment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "period" INT NOT NULL,
    "amount" BIGINT NOT NULL,
    "spend_key" VARCHAR(160) NOT NULL UNIQUE,
    "request_key" VARCHAR(100),
    "paid_at" TIMESTAMPTZ NOT NULL,
    "refunded_at" TIMESTAMPTZ,
    "refund_reason" VARCHAR(500) NOT NULL,
    "order_id" BIGINT NOT NULL REFERENCES "billing_order" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_billing_ord_order_i_ac268b" UNIQUE ("order_id", "period"),
    CONSTRAINT "uid_billing_ord_order_i_8526d6" UNIQUE ("order_id", "request_key")
);
COMMENT ON COLUMN "billing_order_payment"."spend_key" IS 'the wallet spend''s key: order:<order>:<period>';
COMMENT ON COLUMN "billing_order_payment"."request_key" IS 'the caller''s idempotency key, if a person paid';
COMMENT ON TABLE "billing_order_payment" IS 'One period of an order paid from the wallet, by the spend `order:<order>:<period>`.';
        ALTER TABLE "notify_email_message" ADD "claimed_at" TIMESTAMPTZ;
        ALTER TABLE "notify_email_message" ADD "next_attempt_at" TIMESTAMPTZ;
        ALTER TABLE "notify_email_message" ADD "enqueued_at" TIMESTAMPTZ;
        COMMENT ON COLUMN notify_email_message."claimed_at" IS 'When a worker took it to send; that worker alone records the outcome, and the claim lapses after a while (a worker died)';
COMMENT ON COLUMN notify_email_message."next_attempt_at" IS 'A queued message is sent from then on; null once it is not queued';
COMMENT ON COLUMN notify_email_message."enqueued_at" IS 'When the sweep last gave it to a worker; blank after an attempt';
        CREATE INDEX IF NOT EXISTS "idx_notify_emai_custome_591123" ON "notify_email_message" ("customer_id", "id");
        CREATE INDEX IF NOT EXISTS "idx_notify_emai_status_dd6c59" ON "notify_email_message" ("status", "next_attempt_at");
        CREATE INDEX IF NOT EXISTS "idx_wallet_spen_wallet__77bebf" ON "wallet_spend" ("wallet_id", "created_at");
        CREATE INDEX IF NOT EXISTS "idx_wallet_spen_created_41ef2a" ON "wallet_spend" ("created_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_notify_emai_status_dd6c59";
        DROP INDEX IF EXISTS "idx_notify_emai_custome_591123";
        DROP INDEX IF EXISTS "idx_wallet_spen_created_41ef2a";
        DROP INDEX IF EXISTS "idx_wallet_spen_wallet__77bebf";
        ALTER TABLE "notify_email_message" DROP COLUMN "claimed_at";
        ALTER TABLE "notify_email_message" DROP COLUMN "next_attempt_at";
        ALTER TABLE "notify_email_message" DROP COLUMN "enqueued_at";
        DROP TABLE IF EXISTS "billing_product";
        DROP TABLE IF EXISTS "billing_order_payment";
        DROP TABLE IF EXISTS "notify_caught_email";
        DROP TABLE IF EXISTS "wallet_deposit_receipt";
        DROP TABLE IF EXISTS "billing_order";
        DROP TABLE IF EXISTS "wallet_cash_out";
        DROP TABLE IF EXISTS "wallet_topup_event";
        DROP TABLE IF EXISTS "wallet_deposit";
        DROP TABLE IF EXISTS "wallet_payout_batch";
        DROP TABLE IF EXISTS "wallet_topup";"""


MODELS_STATE = (
    "eJztXe1z2kjS/1em+JKkik0lzsvmyNZWYZskbGzwGbK7uXhLGWAAnYWGk4QJd8/+70/36A"
    "W9YkmWYJB1H/ZiST0S3TM93b9+mf81FnzCNPN5ezzmK91qtMj/GjpdMPhH+FaTNOhyub2B"
    "Fyw60sSzGpvMmKFQ37Mj0zLoGIecUs1kcGnCzLGhLi2V63BVX2kaXuRjeFDVZ9tLK139z4"
    "opFp8xa84MuPHtL7is6hP2g5n45zf3heoE3zWGD2r8hc8sb5WpyrRJ4IfYD4nrirVZimun"
    "6qyrWx/Es/gVI2XMtdVC3z6/3FhzrnsEqv2zZkxnBrUYvsEyVviz8KsdPri/1P4F20fsT/"
    "fRTNiUrjTLx4aRsr3WUJRef6gMOkNFaWRg3JjryHT4VFMwYIaf8NM/Tk5evfr55MWrt+/e"
    "vP755zfvXrxrosTgXvTWz3/bH7Pllj2U4Fn3Y7c3xA/iIFlb8Hjhb0FDLWpTCQltuS+EE+"
    "H/2Zwa8dx3nw/xH35YmP8ut3cJwL2wlcB2NuYXQWM9pxa5hUEJnxJn1rfIeGVafAHTck01"
    "jYn5kkJKC/pD0Zg+s+bw59vXOwTwe/v67FP7+unb18+CUug5d07ELZTHlv98DRzLIgCPIJ"
    "cEnAm+QwB7XQIB5r48eZeCu/BUInvFvSB/xf9nYK/7/P7md6OxF+6evHiRgrvwVCJ3xb0g"
    "d9kPixk61ZQ4JZ7M5BBZITP5sLq8/IlsbkyLLZRbtsnC6SBV1Rj9j7cp+PyPt4lsxltBLk"
    "/YSLVMZQFbhaJzS2E/xoxNlLHBJnA9xlDhXGNUj2f+/YOFBDKC0cpSM96VEqSyyyrp9y9w"
    "5IVp/kezzZSQjdL7cnnageUgpAQPqVbAdPGZKjbfIvy02ZxRNvcPVssms2wUTV2oVjZzPk"
    "x5v2FfFNdfVMCw90lA4yaLc6V2rgKPqJ7tGWa7o9iXTJ/gx2Sa71Haesbnm/EuJ7lpxU78"
    "FELwSGsZ5NQ6zjaaaynEENdyeKAcciyGKG0thXxSuGOGiR+aif0+Imn53jAZjK2PGbB7MW"
    "IG4mrWnBGNmhZhd0xPi6YdRCwLZlEEQKNy+W3Q78VLxU8TEstEHVvk/4immqWJp/HLdKWP"
    "kflktFI1S9XN5/jaX8vCinbwGHkUsJtc//npZfvPsGt9dtE/FSwDXTIzxChigNOovkKWKT"
    "TGWziHO5a6YInaykcZFo1D+tz9hzygdHrVBT9w0te1TcOGVnaIZti97AyG7curgHzO28MO"
    "3jkRVzehq0/DcIg3CPmjO/xE8E/yr36vExaj99zwXw38JrqyOHjOa4VOfCiQe9XlWkDqgb"
    "BQWggrQCRz2CEvWpgGxHqZDGK9FCAWhtemt7EhHpuBUZZ/4AZTZ/pnthGM78I3UlDxMWx2"
    "Yo0X3kBHxvC/3TnlXt3OV4OuvZhkcKrB74dfzWwf8Bqm/nX3DHYWZPSIjm/X1JgoAY7jHX"
    "7CQ1e8Z4O3fOLhcYiJQ9XX2ZDDf66ZRq14K8EVDk+zG90f/5FCMILLi5NFiJcLqtOZ+Eoc"
    "DomDUfCOsESSo+Qd11JJGypXPNvm3oB5Ywj2EF9ZI/6jRbjOiMHXZAmmkjMUGc+pPgM624"
    "Jik8DNtQoyXVlkRpfm87AtVfDQMQH8bw33B9tz3zX37LC9L7RfR/GljOJ78sokAz/V/lyP"
    "igjj+NHAygriuADByonheDHB6oriyGDBKgqixjsyQ08y4RsuT3YCHEErOv1aC9LV6yz3Oo"
    "MP0M1pAsa0SwIhwloEmUSwA33yJZ0/EH7ypbofmSDS4k9BNZAAQMVN9wK4O/QNVVH2htZ4"
    "uQBfRgTLwVZjsKst6novarVFeu+Hq9o6oabJbHyIgKFH+FonIFKr5UJHJqH6hLhcM4nO7p"
    "hBFuoPYq05sV8Wg1YVOvL91SaJkNRhSxskSpMtJsLQ3IE/yZ9lvz9mp8qzf7kjz/5lNM8e"
    "F08W/rrPy8zfhrnAOhzTclSDoVIYYcmBrU3CdMvYhDVLGva/OknB/VcniczHW7Xr9jhD1R"
    "ErNtkUiNi3cfnnDuWHz/dH76pn2/5dprV0ZaODns0aYzaFH0ljPzmgo+I3q9MF/sC6tpio"
    "NiTOIJ51815kSrl/oT3EtCkSbEyiLhYr8RHxMb9CRn2ABSWXN13H+RpiQsQbAh19tYi4es"
    "Fwn0u8x9pGH4yfxTS46vTOu72PLXfa3+hX/cGwcw4XBBp9o//e757j33dcneDfnT+vutd4"
    "gf1YqoaNVx/KTvbXR+LHmDlshyBlAbaDXJW/R2IppAJ9YSiu3YGdN9pkVpRR2ly6UrK0Hi"
    "mARx9r9wuPSSaMtOhYdCoWAJClgSrdHLc9AJUHNSFKhCkfZEzvsqIzmc/ZzGaQ+NZSJQt+"
    "xxbg9aO1+50u0Bn6TqYGX4DtK5IzvHw2i8MlOzjtXotaz0UPnqbpjcHgt2M+lT1jUazeFR"
    "AlPP/NzjNRgji/e8+phI2/6bom+HedhCelcQ6G6GLJLZD3JmubhhjSyqHQpTQgMTCF0bSU"
    "iTpjZiaINEopM1iak+fF9yuytWc2NbOlqcPq+TOIqtmoayNwrAXX2UZs07kc9+KnOTYPy4"
    "uzuLRSc37Q7X286ChXn9qDTouYwGuNKcs5NdmNHo++KNvL4EAr3j1EYrb3EI/xJ28eHoNB"
    "fISvLMVk8OJJDE6fjGJGKSvknZ+8fP3z63ev3r721JZ3ZZe2imqmqN2bfg8OU5bU1K5SW3"
    "DAq8jF7QLbrknF61Iar9XV43X1+MH360cJrMcCIlkLGJQ6t7rI8qrc0oijroWRWxh1K4W9"
    "OA8+2DXTbA/SVchrOGxMr25lUWQri0TlXgCDq5fQFuZw3IaWgtFBq6TmdApOxxpyKVidWI"
    "BcR/8jPA5uWPvqfeO+NSGvLXsXnJisz2rIK3NHnKU65LdMb8R1w3HvNXcF9dUJ0y3V2ih0"
    "qSqW93yZB8fUgW0pA9t1dU+51T1Lg03VH1k4vKWQmccNc46VfxYnFtM0InSISeiSGrkO3y"
    "khNIRfpMypOc/C/CBV5fI09hlMjWfw/gOosA2qGcFxJCHcICYz3fa9h5/QR5VvXoyKsdlv"
    "EjD83pP2VZfcso1JFnRDdJ5SzVQMM69DIwmLr1rVigE0mJqWsjJzyT1MezRr/1HGxAx2B+"
    "ZHHjkHKWspyyxl06LTaeagg5+qDq0VFXMQXC0AQxzgOF/MSkcd/DMwgCGetQdn7fPOobrr"
    "nFL9dschyv7bzVSY2AgoMp2n3Gh7588+MQmSezUnow0ZzNmIErt9c3PbN2fOtYl4Hr/3PR"
    "mDy/kTX8GNGSccDBlwqcMWblnvudHvmKECuyfYgXpHI2nvlF2nkzS+sW4jLY+ma+4A+mxh"
    "RQSw43hRl0BqGKp7LdpNnbwmE3XmnO6YuXolja9+kuyrn0R8dXvRKVnB1RCZzIyXqVDI1V"
    "45DOcQaW05y2w51/hH8iqrLv4RMjoy5IgGCWuvqSivyWVsAY7TmW+oIxNF6gyX4DTM6jr5"
    "2A6mu4Kme8wyyNCO7AyG6a+OcfIfpB2ZN0NjfEv/7E3hWPrXTRqncskMk+u2K+c1V33K1y"
    "A08t0drPWLOvn1+zNsq2hwTQMfDnxBSjAQi89xA//GOswlTIwpNxYxTV3LfFOdGSKxkm/u"
    "cBgXfKRqmdyXLYW8gfPGi3/8cP+XK677Mk1c92VyXPdl2HuRPwOn0ShropfvGx5XsTfeVO"
    "/UyYpqGXneoDrZEqMypkRjM/ino9ufUjLmiyXVN89yzfvi8xkWVNWyTHyPoHrFrSdv0iTm"
    "wFPJU/9NJDVHF4Yg1TIWEoXICmF2KZr85YufBOZH3C8m3XPRUNW/EpqgsRMec9eDHNuARv"
    "XZCkzQvMrKT79HhTWlWRXVhzYOdKN3ei3CcuVWpWkDntwFvG4CXsNKMITjtmSv/gvQSVz9"
    "1xCumOOcrefcZGTBMDgIPppqepFEoprvxegEXLaA+/ZEHO6RcoHKgEs5P7YAWOpqO9Ljk2"
    "XqsqLASshcVrSVmz/g/kBwKxTtPzJ1mwhwBfKHnKzYB6KAzpQZbFOcq8gsiy+V1fKBvBry"
    "5ZdlVTk0YbCxqg9dd+f2KFVlUg29p+ESNybMeCCL+jhGlRiUs3p2jecnxfXizFw2+4c3kh"
    "SmTDEczRHAcXe6HXEc32aYIZyj+MqE6hLaxxcoqWqJZ04ssy7l3Aubiy/lrHGwZNZXFweT"
    "qKxUNqkfiZRT5U7WVYSPRdJ1FeFjkHKdFStb9KHOim1kCB48MCu2zIxPN/gTAxT44kIpAA"
    "JfPCpFuqdOuDGjumoKPIdYc2oR4B+bofRNOzezY7ERNVpEtTCcY25zNbEGSqRlboNBZkyi"
    "ZznvqJELiTVWcwdyIX/q4f4ysOrkwxxh6csO/vjesEVAGYznVLdu9E/9YeeiRebcYtqN3u"
    "5eX3R7nRahqqGpOrvRu73Bl+vONSgY3VwZzLjRB+2LzkBpf+zgQCbV0KeEHwhjnbZ7n5XT"
    "63bv7FNLFDwrIwO4NU+ZlFAyLqXCd44t9S6uuyXnGqN6ghLz04XkOwLCsgTsKrj9mtan/f"
    "5FwKo+7YYUVe/L5WkHeC9YDw+pVkB/1QjV40OoInZ2qgIp1yp5YJQ2vfX9iLJ/ghsb2zyQ"
    "yY4l/dk+EPPIFlu6PJ343jJZmJSlrczeevJZYnp5dV8wt8QvbeGM2xBQQ+O501gEvYvtU+"
    "6ZSZLW+fkmZLLj50zX9L6fe+JrqnI/j1VOq8Mm0dQFbIYT0WYV1rM55qDIyVPgP/zDsJ04"
    "/FLzGbpra2qSGZgVemyJX7Gj1z5f7fMdn+KuGz4X1fBZdGKVqN0zfE/mDAE/TZ0fcG9+gL"
    "0/RBmcfFTilkKOgxLxfZU7KHGU6TT6IJXUCgdtEjCZuPB5wLkxV2CrqLn0TZ0sU0MRdS/m"
    "Or5eZ1HUUpakCFQ6rS1DDsUhKjhlE8Seyi/LxNIGIKqufgZ/NGKwNN/dZioszQQCRdWBJQ"
    "5JCjCN6+wn1K8EiYjJnB7Jl4MWuK5Li1DwXtGJBZMSXcAmuaOaiv2PxzCcDXCCw2tYRGjr"
    "GDyt+BfUkJrESqu5A1I7fKesqMo6HPBQfGsUXGGZwZ0Akcx+rjT4DrUstljG1bgm6hE/yf"
    "6soBflapOTl69/fv3u1dvXnhLxruzSHXW6wiN1IuoKmkch5pywzzEiPg20uBFstVvCNrGd"
    "oMGWGh2zSTr49dgFnyH/qFRHyksAifOj/NkhadwocYDPyszegHjOCc4I050QIvvDNNfcmL"
    "TCiUbiLU0SShF5+t359/dnu/oPF/+i2qk6Uqdqz+1BJRPBPrqD1nkgZeb+u3ors+MaIaw5"
    "no7jBk8CYe6vtnBp99g51c6x40Yjo23W/6OH1ROiOf+N3j6/7PZahE4Wqn6j96861+1hH2"
    "87o2MNxdlnpf/hQ/esgzUU41uFT6fqmN3ogy9XV/1rrLlYLZdclkyeuqpiz1UVuzsPJwWz"
    "j6TbsEgiwcUBtqH70U5+vGo6die+Cu3IfN2I36VYAO8S5/+78PSfghUDHqMT88gCxsVQSo"
    "vJNdYG12eecS8MfkoM8MCymKiFIXUaH2PIfgWOUozNeU9eR4j2aLz8R4ni1Jhs8qKqbt5W"
    "9Zt976Mu59GmiFRIhnvKLgk173tgsWB7qQ5xmCNUqqlKBQ12p7I17C177zO8p5mNwC5dLg"
    "1+h2eMYzDh32xsZUjnPkhJ4BldzeZWR+CKcV1jfbebuxB4nVvqdAPCxecVD6dM1RNGPC2g"
    "b7AzqUYGl8MrMqbWeM6QjWOmIkufTtgd0/hygWlI2KfFYqZlPmtiFpIKVwwDH4ttCFP4C2"
    "rE/UgRd5wIytTgiyxAQICoekfSlYG8g50KlisYt2ZcNdWQ/UiY7WE6mXHhxhAUCtOFzmBg"
    "oIAiUZcqKA+zicduLehPJgMTQ3xnlg0g1hnp/DkM+CGR6irPF7no9z66j4dLrkLFbqsRbl"
    "FZ5OMjqcBC2DfDFzCvYRvOeFhdkGpvyZR7Uj+vUoVJXu0Ik7yKhknm4OXH9khJntk+knpm"
    "Z57ZIz6JKdFM5rb7fM3qzKxGF9ZU/xsTyki0If0kMhfyNE432KKRT4Wt7ug9NL9dG/0wyL"
    "n79lyFcgHSGlGVHVGVJCnO9rsHC5t5sU453mymd8lN5/H68JbH5/TWtTul1u5YYOZkcnKd"
    "52V2bqU1f+rgZr0V73UrFuD3pW2Lxu3GgftpNmSBRisLH8W9IHlfZzaI3URTGM8gFIULaC"
    "UDpW5SuwkQGM5rDJrBlm+KwIOAsUXdLp1azEBmmFjCS3W768z7CFpe2ptudNUysViYPMXB"
    "BOETEw+sXxlU9Np6Rhb0Fsx/0acPeOzA9iNG1oZqWUwXhcUp8fdv2JvSWgkBgDUBd7+F+/"
    "G7l7cP6qCYFafeD9XEX7VBI6VB4zScTGvNOI9XL2e+jAzjgx66cn+otqqTPS50kmWOB6nk"
    "hdUaqFs3sHkwe1PxGjvPKWwGnHiRYynCWMeTNrw/pZOGy8k8jvpOC6x3y8RhP00FOVxCV8"
    "ukQF8yjw8S6Nsbi0sJOskfA6kQDLA12vOUQm2p97hTwqMr5k6D1PvlP790vnTOW8SmvtEH"
    "9gky4uiYD+3uBd6zqyLg3ufu1RVeMG/V5TJ1uKTkYqe650rRlRzYZZMZBo/JEE5WN0EqeS"
    "1EaVVOjTwmz/BqIY+BjQY0bQ6R+8jqYimZi6XCmF9GOceQH428G23HqvBSLVTTxnAx2RXd"
    "c4RcnfOWEHtFnFdFN90iPmPmUU0Xptu/PE8nrCDp8UyTP1ywxlwztiRoSJAZvRPTweKEkj"
    "U3bpnxnow0qt/aAQAB/NvL4vFNkrFGQYC5LIUA5ZFNEXciwKTgt87kAHUyeW+Xcjk3qcZ1"
    "5gSX7GAPX1ljvoBvEEUXCAoiF2CeLU1mutOJrOfg5JCn3ksmKps8exxzS5JIaHs1Ua2Obh"
    "mxx4f57jZ3RUEpPqcw78EyE5K+NUTw0R/t84798l8MVgK6V+sIoLQRwOya9dh8r4YXItke"
    "VGdaME8fo9XlreK08LVHIDO4ah+f2fpFnfzaJL7DFJ0rz59HihkPEz4QzFSSD/reIQLlGI"
    "74zptIWDxSKliWtWtdkKqCjC4lWlP9dhn+E5UxbUufNYk6BSN7k1KtHCT9IWCfpV0CAaIK"
    "roBSTvFU9eUqxoxKPurQI5DjpEN8bdaTDu1eacZstbDrdE02NphlkgU1bwswrEo5BBFu4U"
    "/LsBy2FDKvBSELczUeM9Mk+IUiHRRxAOdodxGsgovumThSrJrJytY0yiJLQDNEJXMR3l7D"
    "mpIgG3+w0Zzz27YDWMagG6EnmrsQDnaHykVZ2ySKDwZNl+n9aTi8csFTzLSmBF6h3jFj03"
    "KamMzcjd20867Rj8DWSTHtT4oYsK78OlKYhOmTJYdPymzlhgjL0ldVlYgvvLhajOI6uSVy"
    "fktQbxIx/LQzt7xj8lIyNUQlsdd2MMYm5BPtOIvgQalEsnEzYDi+SWU4vtlhOL6JGo7C0m"
    "UTFqeJd/X8DtDtsef3YfJHCuz5XVvq9aFvdSZccZlwrs+Q2ZgMEVZpSR22T7DL2Kg4MjcK"
    "dvzbc9+IRyaRv91pd0/X39BslOpQaUcKZyvD5LHnoQUfaGZAIcZbkntBiE98DbdsEG6imk"
    "unU+pcdGKiEzdpZ8R/kKeqRTQY3xTHrmCaDogfyblBsEZLdEJULTPmSLTS3vIAuOKwJ0ZJ"
    "VFv8Kk2d36vkQr9XTqXfDmwC52d2YMJHVZnKkEPsIgdVcN42k6zi/DtRaiXn3xBTdtXAAT"
    "BREZMSXdSrRRw71TnK3hkW/qYWWYBVZWdDO7GLKfzETTzwWujoMWrtWxio85bHXzVAK8vS"
    "q4oSzBHh09hkxgyFjsd8BV8svvu5mq2N454BW4QKcx+x5xHvsbxuCSoA2ZhRNFed3nm397"
    "FFHPob/bxz0f29c431o55KCteY5grD1hWlsgM6nrxzQDph2qMpWniU5W41dJe8qKoL3cke"
    "B3580J3L2OKgu45vxCOTSFroLjQbZYTuPCkke7Z+QaX2bP3z5X7P9g/wD9n2jDWypjAWwQ"
    "aMjiluPiHjOdVnzCRX/cGQTZ4TPM0Ez1UFQTlpkW6tr2nBlJy0Yg6yKu1FNzpcmjBx4pJX"
    "jQxPG3f2iXE2GXaTxHSl7/bfikk16zt5+t3ht83C5w4Lze8PRgdrX/mQvvLKiDm3NhmadR"
    "6XOQM2JzZ78iJt48ednR+jGQrbVZSF0SGyCjK8+JKq+gD4PSeD1H5P8lyvrt9zwCIv6aQs"
    "g9dziIONZRNEWmfngacTl+nrXPBY/wYv7/Rp1lSDn6BoPKUb0yYmWB3MLlmwibEcCHwE1W"
    "rBJTu84LoadpeRBd0IX2LGic5mFPfK56TtUIvkAq5HqonKe9ONvqTqhMBPfk/E0dYzA1wk"
    "fM8SvBqOv5RqzovQDaL4KN5GH4qv9SZZq9Ycu+mwH0vVSIwE1i6MLOpvlwuTXEN/f2zpGC"
    "rpG1ft7nmL4JS/0a+u+5f9Ybffa1+0/LNdjhhS1c4QaPhO0mg5Skg0kmgJBeSUVArt80Sc"
    "w5FPDKkqKt/uqKh8G3E7hWJjZp6OagHKowk8NfyqH9Q9bhRaSnkciXGeKhZliy9XK70A5f"
    "EI3uvpY2/m5N98hE31llYMtlp9+dc+ebLara5P7jgBWQ3RAFntkefOb3JzsbLyP0hXjAAe"
    "iUewAxCxZ3URQWBvoCNbBWnhkMD6z4yG+IIcmO+mILgSkz526hB/+HzNtKSGQg7HBzgQwl"
    "AVYvrfUdQoojmiXOvrbMjhPymnans7zlEpjLQzNagp00zVB4FxYh42YuA4+0YzBSBnek+m"
    "gOSWdLPweoS7YFkTz3q0z3WEPw3bw3wvQCyx1ERjH6fXiEgQIBODrcUY0cz5kt6Rpl1sQM"
    "v4rMy/xPmRvr9rgE1OgK1iqE7OgHUpOA1dxKv/nVajR1Ob7LlNdjzbMafVHiGVWQyiIVwk"
    "0sK83WBtF1OlBC4PIqoa0kgWSHUhDYNNV8DUPGIPkR4NlPkoiydq6KrGTmQSw76xkxo1SY"
    "uaFOzeC4YlufguN9O5+QL6SuXrJ/MlthLdHt2eY+CA10XoUunR5g6nuXbsDuXYGVQ3pzny"
    "U0OEtQhyi8DRVJm4v6WpGZ+b8f7tIj3r/VQ184uypD38/4GGtBdxODIhpLWj/bMvYEaftQ"
    "dn7fNOI6xaCuCpk1RdUY5uValUCe6ORxhXw+v5ivea21v/NE1YbbwyLb4QYS03G1wXbaNs"
    "QNSOcxl8jUnidoxrfGvnoXNjgn378aKXuS5mqhkXWivtPXVSusTKf5f5bws+S9hsS7HHPk"
    "fd6+tGWXIoOde8jgoks766UQFX02Y2ckOEda5dOX0uA5baA2HNallpUUetCNS3SgzalSfn"
    "Lt8oyzImyp35Bjqq5Z7W+g8puniXqjirfsiXX5aNGKPevpHGprf4crVMZ9Jj/1c3c8GaG3"
    "w1mxNKRlS/JTMQ5JpuwPK2OFzzmeT2a+KbyT5ksFjEPsR+dcIWS24xfbzBU4jtnDdndLxv"
    "sCkzGM7YMK7/zTlgR7xpOamT5A6/D+4y+H0yzVOI6iOXuhZ10L5s91rEpKAQbvTLzsVFe9"
    "giCwYfkrLYqvQ+ppUNvDQMFUYh4lRV7NKfkt8H6/i7ijFw0rf8XcW1lS3TF3bcwoz+cOPs"
    "ugN+0bnXgPxGv+6cd687Z+IiokEGG4vrv3euux++iv7Ad8xQpxvRIfgMH3cHmKjiybN27w"
    "yWlriIDIItJ9I1+Ebv/HnVFZ2FncpNfDO8Y2C/F15hytJbWKBcmV02P5XEp8uJDEvxrWBF"
    "IMDHlz+tlmhZmO7Z4OTpE7hK4Cp21oM7T57JvHjDRkvsKk4yKiKkUu9novRBU5lbwN8k9h"
    "vJEsTpdzqkOCfZ4rcs0xnuHsEe9WhWBTpAW+IJrhv41ia5FLYE/H3Npt1c+uskbSe/XY38"
    "wqx3FXmU+8lnu/tpjvh497XoRypWirMgwAvCfqF47MbKAHkswAHikyZxDONUMtshopJOfH"
    "c9rQzrJ0Ak8ZmcQo+h5wrrxlFg3qdj4yN/xv9Td8HBAuutFr4VN6Aau3bJupO0e9Qe9B48"
    "lkluHoG8ei9vIKUM/o4RBtKoab3OwuQglbycbuA3gsO0MshEnYkeYFOn5tEApaVzMNv0GV"
    "lwI9LDLI1E0vQxTW5jGuliKlwDFcGeHI5sDLHMlvMaQ+Cu6iLux8tsGqPvtTJYwlnZyWsl"
    "TCfvasmpl4pv5+uyDNxqk2eyeqOUlWP3q1TbwKsd28CrmG1AABBK7gzaeHqJFZCUGHOd4v"
    "C4Uxx8wZ6MUg9S1lKXReoxdZCRjIAxXywxTJtrtYdo64JXeQQtewrToVe0DKn6ycklmTPL"
    "H5JeIscae1CCSbbSV/ssoZhFkCELSqSZdHCgCrG81OJXH8eS0nY8fqbL3bHPoBXPpzsf+o"
    "d9fJXdht3z/+mIryxCnQBak1DRb2oO3wBSnbwnOsY0nZOvJglnQxc1cp14L7Eqb5JH3A1+"
    "2P/c6bXsaBlmClxcnLbPPrdEAzdUEG6egZtk4GUFeEkBN3q3988v3Wt4RNX/s1KNjZuF4O"
    "YguLkFbmpBrkBA8Rn/GTE3+bE2f9iG6uYalZDz0YfH38zVYkGNTNF/H4nETBeoM0Yw7Uwq"
    "TMmwmc8mTTIyVDZN2zg+KII3qTC5NzswuTdRTC67N1h7/3I5hWkwHzBMFLCjsnei85HV/m"
    "BR/qDN1gK8QS8H/sikkNYVDMy/FJUGe6s1PmewQNVYB8e9lca7mfieTVFuLHwNhwb+f6xR"
    "w87UjSsheO/lexIOk6gJ/yVTFU8vgc8y+B3V4iqNy3hFmjoGUbuwo0LBbUxUe0TyeUQHbN"
    "9bYraTM/lxtvuSTnMfwlRGWk3VSxFSMvogsVNUlHlxAJdW6jWAtTddu/RGDVfi3OgD2Hyv"
    "8YJJJ/i1N/qw81tbXLHYv6m4MuhctT/BE2xJ5zf6587gUxtm879g0FtmzukdNf6LI7cHn7"
    "HkZwHeEtb8XHc+IJUB3wlUeP68ctrufW4RNIkVZB2+3V8ldNW+HnTx7yU1TNW+Mmhff2yL"
    "U+1MaswoVjN8/DTswGfDj/69Cw+z2dxi8PVgM9+pQDPo9towJGxf8O9P7U/XLTxecm7c6O"
    "2v7d55B76JbsCXY/BV552vLVAQAvsYtAVjwFangjOfgQsf2tf4ilvgw5QaYvT29WX7Kw4C"
    "37OgGxzls+DHJXw6Xr8VHFnA9+O9YX/Q6SjDdvv3vgBjTAYbKKV3NlSdOZvjJE0yx0lyLs"
    "dJWPU4JgIDOyomdQYdyHj1E6bb5UZKtBjEhkDtkwwWXGcb4d+LQ/pUXeC9rq2UTjw7xIHu"
    "Ykx66i0Mp4BmGWXr+hFDKrXW0TmsDk012aRFwMTvdt2USkRRxnSpWvAWzKkk5pKOmYlnJE"
    "6oOWdpN4uyQa3jq0sLzNwMojrvnF20RX2YOwKoyj/a3WG39xGIzvq9c6V9dXXd/x3PEqVr"
    "qlo4EU0GIpkorocANOIZHMe+Zhea/eYVuP1blLfJovbsX6qMMtm8ITKpV6DrmIlzSHF5wa"
    "ScTsVfciyxqWqAIeDMlUzKMEopc8mFbHwPLNxsjI8hrTmfnvOuDsyodUJkNcdzcDwpOXzI"
    "fiQ42DGkEnO+kAy5zp/DQBwkUk7nxUIu+r2P7uPhGru4XHFg4wOzxaMjSJwv3tj2aXSgVZ"
    "khkDp9PFkg1Q0lBoyoPMKPHaBOKZY5pRj8FzXfUUlByqORcsOdnugAZXNBqyT3OpVcttSB"
    "OpXct8ZKTyXPlELg9x7GDH5UzJJxKN2ekvennzvZBNfbEaXQj8VkoGdPuHD5kJx34eNU2v"
    "QLxSev+9MwhnPsfSEIiLqAryXUS5hY+wIBIkW8ScZzNsYsQIuTET7621XnY5Nc9T7izvIH"
    "G11FszBKeUOdcC6xwm/uSK+Aj7KYbtmMjMhhV3ZykE5m0DlvkXrh+L7DtLj5rlNjs5PTMU"
    "webSw7MHVkbN41iZ12SJ75Ctw87fba11/j0Z7TmPZJp1+HnXYYXVb/GzO9k88Uch6X2bLc"
    "ij+1rjl5+frn1+9evX3tqRjvyi7NEtMfc05P3rzNhNF7FBXUFMUjxDX4lcz66oJfrsWY1S"
    "QK0tWHQ5RzOETUXYtILiq2jP39fendRyWwtC5zcKaW3d3/jJrz/irWn3NvNVM4cmN4VuGr"
    "DCXC6DpN4IdT7TnpYnqRSIvF87Pm8OFktAFHCs+/wMZtbvyITA2+CB6lJTLANG6h8wU3Iq"
    "5cea+60Zd0Az/ZJLBaMMdwRuh4LEb2aA0GE8+0CNffi7/nHN4H70WliO7jnOnbGmbsJ4xZ"
    "Vjf6HUfI1r4tArPoSHrPGWy6Mlmhif14ZkGIzPn0+kyCQ6vf5g7XtM4/37csjjrR0FvTjY"
    "zCuO788wtYbnY6oDNGfN7goNPDnHTwxjEJvCsSwNXYfMJwu/uUsi65BL2itTReB3RZK2lw"
    "Z8yfaRJHLbV2E+2awyYH/gpxAW5utbSs+k9Ug+SWWBy1xHlBUtoFvpbCYDDml0UcdS2LvL"
    "Kw9zf41Nypi0FaeftsSJu6aDtmSq4DAeJo5RWBv79M3HkAjkt+eLQWvzFzT+0A0XEIQXSi"
    "dzr92E3JHiaJ4iNsAcc+IozdyHmYtsbOjwk7N9idytY5BR8gPZo0wkeZLIredw4Z+8hq+c"
    "otX8vSci3jIOXRSLkhoHduOEgR8Z0pkm5PrZL0hVHkRBoyu3oxxDLjJJK7eiNqjec5ZLCl"
    "qt3s3LVPdWb8oUXgGYWjTWYpRGklXgqN9ZyTuIIUIl99YF26sNfShaSduQAen8Jw7e1oFW"
    "VzjEWSgtU+9VEApweYY/HFTDWdj0XjpOV/VBGnmulgwhTA+CuBi526o0nB+hJm+NbeK7cA"
    "KmPul5/7MflfIeHcmwPmIOfe3Lg/DwwzzH4SKVSIPTh5VXaSk5vS1Nwe9DAz+Gr50zZBC1"
    "xBRLrZD3iHhp3BuMmIwdeRrJGy3nOjP71lSwubj60N1bLwcGuTY60QX+sap+CoamtM6pqp"
    "d8wUY5vAYiKy0p/VRUHy27rJmVc4KxTxR0QIu9of+YhkzhnJmeRfztHFSRVByWHU5Hogqb"
    "jsxI1AXQolA8qDYXNDoXxtnfoc82pRcT23NxF87OGIVyndYuKN3mQv/BiSELPqpMKKhyxu"
    "US2bevdIZGYonh/iRqftDCezSVSdSJ/sWRcbJQukugFTczVaoF2XK9QSoj2eYEuwKgFcc7"
    "Bxszuesss/MdaSodzJpx+c+pcHnnXoK7mRYi482Bcu9ZzDvjERLlPEc7VvNHf5rCNV07AZ"
    "LvceTXH8h+/8DUGHWxklS4NPVmPrPcEuyeAXYoEPLh+Nj8G/xKOoxMOmuA9O8oKJbc8AAa"
    "9jtr2y3nOjYwdnLB7SJ+Zz8n3JDJVPvruj2O2p3c1ZpDGJqKv9GHn6AtjPdWZf3DArrf8a"
    "KSxy643qo0WksXOS3dylocalT+7M7HZJpDZEhcWJk9uZ4KKFvEjVs1cZGcNWYlfgiVWVuj"
    "7lMObpZqwlIBH3lyJ5xNL7yo5sQC2Kb84jnpLLh46wKMzrC+9sGY2MgvE6zl+1v16K6q/w"
    "iDd6+2zY/b0Dd8aWesfClV83+uDL4KrTO8dL5srEwhi8etbunXUuxINj5JeWs0rsJE0280"
    "lyNvNJJJtZGI3w62I0I+cao3pC6aWPLNyoBujKErF3Zc+Navr9i4Chf9oNA0lfLk87sMIE"
    "5+Eh1UrQb7aOzgAvbQn2twu9yKHRwnbWe/KCjNiUG0xsRqJTa6aNpzAIyv4eBVSSkdn3Dd"
    "Meje/7KNNJHWmxuGO1U8mZxR6qLa+UxRvFkYrg0Ch8On0cwEYwfwKcQjNXIYCPcC8SL8Dp"
    "2kJaOvthuS4tOL6TFXsvxrNNSeHgqimB6CpNB7TDVgZLrFjcEdKMUMpbp5UzqlnKqd+25Z"
    "vxPJEAUeX4XMJBRTa/cnTI9xMezb72KK0XnVvqmCmZPYQIncz5x+L0wxVzdy7PNSD2ryBP"
    "zTk3LHiVhrmCjtuNFM9Ev2IwdQ7jRBhsgZwwTMWMTeHYkR4eJpTXj3O/lSw58tGF0H3yWl"
    "LTxLIlfULm8J/0MEbRPUldbCVXPDNIW2tFmbWih5flyVgI0daSllrSdWbKI8xMWS0nOaUe"
    "pKylLovUYxa78/V1zaNEkVYnBJm931mArhZAXdN4HDWNzrwtgL1X25Eqyt3gGs9c6hXoXy"
    "aSt2JUTIZkQpEFd7UN6leE6+WnFLo8S8os9PE0ZYKhP7ciXXt0BznAxD8nxcUOE4fakjex"
    "e7koLEPnnHwXT7Z+Ef/3a+sXe5Rfv0ePuCrpHbENyW0WODufjbeJDED/daezmBLXrbzODZ"
    "QzN/AYkjKOqOinus3cpZzYPlgU9ZqSsfN3gKiYWFwZOsV/oLn45Ccm9v1ukXgtnhKXDmVR"
    "pqr6fLuj6vNtJD7q3w8ySCVElksue4zpjFEwRrQte5OoIuOfGSbXxaacSzBllOPix+SAnX"
    "xkFcScjhdjiksNwgqRnF1CA6R14EB+OedI+YkQVi4TpZSMH7+3k97AC/hOtYlXEGroVf09"
    "ENPyCg2PTAhpES3/7JOrdZEDJsa1LdrijPejMz54835cZsAXzJqLg968Ek2sTLFt6Sa2pc"
    "UqTUzIcXsaiAoz52V20VIUiilu2LqbkMTqqLkDSsH/V6Y0yy7sI5G5bi/nDnySagc+2bED"
    "n0R3YMEylsnW8ZHUXE7H5UdQMmxXnz4VBSRjGNdXSvIspaNelwmXIyRwlpT+hw8tVx43+m"
    "W/N/x08bVFFly35trmRv/aaV/jhQ2jhpbvCLzCC4ftytiYZbOzntQj2mM1qbs7ZxCKqttf"
    "6hZwm8Sit4zo3OlYkU4E+yk1rfPpktfAcWZW1fl0j1HqSfl0udo7bdXUA9MxjlD+B8nDaD"
    "MwCWO7Ejt3mru8e7p95j6nPpkNBTvTj8WTfmA4PNlHvoMVqGZDqn0kMhuteb23N2/SeG9v"
    "3iR7b3gvZIfCosrAYefxCnJ3v72Mfxv0ewlWZWIv44k6tsj/EU01JfKSiwilITMCFkSkQX"
    "G4F3HINMABTuMiAPsEq//+f9bVQYk="
)
