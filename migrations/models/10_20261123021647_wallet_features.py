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
    "callback_amount" BIGINT,
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
COMMENT ON COLUMN "wallet_topup"."callback_amount" IS 'the amount the claiming callback said was paid (Mellat''s FinalAmount), checked again when verification is retried';
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
    "requested_by" VARCHAR(64) NOT NULL,
    "tracking_prefix" VARCHAR(32) NOT NULL,
    "problem" TEXT NOT NULL,
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
COMMENT ON COLUMN "wallet_cash_out"."requested_by" IS 'who asked for it, as the audit log names callers: customer:<id> or staff:<id>';
COMMENT ON COLUMN "wallet_cash_out"."tracking_prefix" IS 'the installation''s prefix of its tracking id at the bank, fixed when requested';
COMMENT ON COLUMN "wallet_cash_out"."problem" IS 'why settling it last failed; empty when it did not';
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
    "anchor_at" TIMESTAMPTZ,
    "anchor_period" INT,
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
COMMENT ON COLUMN "billing_order"."anchor_at" IS 'where the current run of periods began (the first payment, or the resumption of a suspended order): each period ends a whole number of months after it, so a 31st stays the 31st';
COMMENT ON COLUMN "billing_order"."anchor_period" IS 'the period that began at anchor_at';
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
        ALTER TABLE "identity_bank_account" ADD "verified_by" VARCHAR(64) NOT NULL DEFAULT '';
        ALTER TABLE "notify_email_message" ADD "next_attempt_at" TIMESTAMPTZ;
        ALTER TABLE "notify_email_message" ADD "enqueued_at" TIMESTAMPTZ;
        ALTER TABLE "notify_email_message" ADD "claimed_at" TIMESTAMPTZ;
        COMMENT ON COLUMN identity_bank_account."verified_by" IS 'who verified it, as the audit log names callers: staff:<id>';
COMMENT ON COLUMN notify_email_message."next_attempt_at" IS 'A queued message is sent from then on; null once it is not queued';
COMMENT ON COLUMN notify_email_message."enqueued_at" IS 'When the sweep last gave it to a worker; blank after an attempt';
COMMENT ON COLUMN notify_email_message."claimed_at" IS 'When a worker took it to send; that worker alone records the outcome, and the claim lapses after a while (a worker died)';
        CREATE INDEX IF NOT EXISTS "idx_notify_emai_status_dd6c59" ON "notify_email_message" ("status", "next_attempt_at");
        CREATE INDEX IF NOT EXISTS "idx_notify_emai_custome_591123" ON "notify_email_message" ("customer_id", "id");
        CREATE INDEX IF NOT EXISTS "idx_wallet_spen_wallet__77bebf" ON "wallet_spend" ("wallet_id", "created_at");
        CREATE INDEX IF NOT EXISTS "idx_wallet_spen_created_41ef2a" ON "wallet_spend" ("created_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_notify_emai_custome_591123";
        DROP INDEX IF EXISTS "idx_notify_emai_status_dd6c59";
        DROP INDEX IF EXISTS "idx_wallet_spen_created_41ef2a";
        DROP INDEX IF EXISTS "idx_wallet_spen_wallet__77bebf";
        ALTER TABLE "identity_bank_account" DROP COLUMN "verified_by";
        ALTER TABLE "notify_email_message" DROP COLUMN "next_attempt_at";
        ALTER TABLE "notify_email_message" DROP COLUMN "enqueued_at";
        ALTER TABLE "notify_email_message" DROP COLUMN "claimed_at";
        DROP TABLE IF EXISTS "wallet_cash_out";
        DROP TABLE IF EXISTS "billing_order";
        DROP TABLE IF EXISTS "wallet_deposit";
        DROP TABLE IF EXISTS "notify_caught_email";
        DROP TABLE IF EXISTS "billing_product";
        DROP TABLE IF EXISTS "wallet_topup_event";
        DROP TABLE IF EXISTS "wallet_deposit_receipt";
        DROP TABLE IF EXISTS "wallet_payout_batch";
        DROP TABLE IF EXISTS "wallet_topup";
        DROP TABLE IF EXISTS "billing_order_payment";"""


MODELS_STATE = (
    "eJztXe1z2kjS/1em+LJOFZtKnJfNka2twjZJ2NjgM2R3c+stZYABdBYaThIm3D37vz/dM5"
    "LQK5ZkBAPWfdiLJfVIdM/0dP/6Zf5Xm/ERM+znzeGQL0yn1iD/q5l0xuAf0Vt1UqPz+foG"
    "XnDowBDPGmw0YZZGA88ObMeiQxxyTA2bwaURs4eWPnd0bsJVc2EYeJEP4UHdnKwvLUz9Pw"
    "umOXzCnCmz4Maff8Fl3Ryx78zGP//0XqiP8F1D+KDaX/jM/E4b68wYhX6IfEhc15zVXFw7"
    "0ydt0/kgnsWvGGhDbixm5vr5+cqZctMn0OXPmjCTWdRh+AbHWuDPwq92+eD9UvkL1o/ITw"
    "/QjNiYLgwnwIaBtr5W07ROt6/1Wn1Nq+Vg3JCbyHT4VFswYIKf8OM/Tk9fvfrp9MWrt+/e"
    "vP7ppzfvXryro8TgXvzWT3/Lj1lzSw4leNb+2O708YM4SFYKHi/8LWioQyWVkNCa+0I4Mf"
    "6fT6mVzH3v+Qj/4YdF+e9xe5MAvAtrCaxnY3ER1JZT6pA7GJTwMXFnfYMMF7bDZzAtl9Qw"
    "mJgvGaQ0o981g5kTZwp/vn29QQC/NW/OPzVvTt6+fhaWQse9cypuoTzW/OdL4FgeAfgEhS"
    "TgTvANAtjpEggx9+XpuwzchadS2Svuhfkr/j8He73ndze/a7WdcPf0xYsM3IWnUrkr7oW5"
    "y747zDKpoSUp8XQmR8i2MpP3q8vLn8j2ynbYTLtjqzycDlMdG6P/8TYDn//xNpXNeCvM5R"
    "Eb6I6tzWCr0EzuaOz7kLGRNrTYCK4nGCqcG4yaycx/eLCIQAYwWllqxr9SglQ2WSXd7iWO"
    "PLPt/xjSTInYKJ0vV2ctWA5CSvCQ7oRMl4CpIvkW46dkc07ZPDxYJZvcstEMfaY7+cz5KO"
    "XDhv22uP7iCAz7gAQMbrMkV2rjKvCJqtmeY7a7in3OzBF+TK75HqetZnyxGe9xkttO4sTP"
    "IASftJJBQa3jbqOFlkICcSWHR8qhwGKI01ZSKCaFe2bZ+KG52B8gUpbvNZvB2OaQAbtnA2"
    "YhruZMGTGo7RB2z8ysaNpexDJjDkUANC6XX3vdTrJUgjQRsYz0oUP+jxi6XZp4aj+PF+YQ"
    "mU8GC91wdNN+jq/9pSysaAOPkUchu8nzn0+umn9EXevzy+6ZYBnokoklRhEDnMX1FbJMow"
    "newgXccfQZS9VWAcqoaFzS594/1AGls6su+IGjrmmsahJa2SCafvuq1es3r65D8rlo9lt4"
    "51RcXUWunkThEH8Q8nu7/4ngn+Rf3U4rKkb/uf6/avhNdOFw8JyXGh0FUCDvqse1kNRDYa"
    "GsEFaISOWwQ1G0MAuI9TIdxHopQCwMr43vEkM8koFxln/gFtMn5me2EoxvwzdSUPEJbHZj"
    "jZf+QAfG8L+9OeVdXc9Xiy79mGR4qsHvh1/NpA94A1P/pn0OOwsyekCHd0tqjbQQx/EOP+"
    "WRK/6z4VsB8fAkxMSl6pqsz+E/N8ygTrKV4AmHZ9mNHo7/KCEYweXZ6SzCyxk16UR8JQ6H"
    "xOEoeEtYIulR8pZnqWQNlWu+bfNgwLzWB3uIL5wB/94g3GTE4ksyB1PJHYoMp9ScAJ20oN"
    "godHOpg0wXDpnQuf08aktteeiEAP6fNe8Hy7nvmXsybB8I7VdRfCWj+L68cskgSLU71+NI"
    "hHH4aODRCuKwAMGjE8PhYoLHK4oDgwWPURAV3pEbelIJ3/B4shHgCFvR2ddamK5aZ4XXGX"
    "yAaY9TMKZNEogQViLIJYIN6FMg6fyR8FMg1f3ABJEVfwqrgRQAKmm6b4G7/cBQR8reyBov"
    "F+DLiWC52GoCdrVGXR9ErdZI78NwVdMk1LaZxIcIGHqEL00CInUaHnRkE2qOiMc1m5jsnl"
    "lkpn8nzpIT+bIEtGqrIz9cbZIKSe23tEGhNNntRBjqG/An9bPsd8fsTHn2Lzfk2b+M59nj"
    "4snDX+95lflbs2dYh2M7rmqwdAojzDmwtU6Y6VirqGbJwv5Xpxm4/+o0lfl4q3LdnmaoOm"
    "bFppsCMfs2Kf/cpfzw+eHo3fHZtn+XaS1dS3TQt1kTzKboI1nsJxd01IJmdbbAH1jXDhPV"
    "hsQdxLdu3otMKe8vtIeYMUaClU302WwhPiI55reVUR9hQanlTVdxvpqYEMmGQMtczGKuXj"
    "jc5xHvsLYxAOPnMQ2uW52Ldudjw5v2t+Z1t9dvXcAFgUbfmr912xf49z3XR/h364/r9g1e"
    "YN/nuiXx6n3ZycH6SPwYu4DtEKbcgu2gVuXvgVgKmUBfGIob92DnDVa5FWWctpCuVCytRw"
    "ngMcDa3cJjigkjKzoWn4pbAMiyQJVejtsOgMq9mhAlwpSPMqY3WdG5zOd8ZjNIfG2pkhm/"
    "ZzPw+tHa/UZn6Ax9I2OLz8D2FckZfj6bw+GSDE571+LW87YHz9L0xmLw2zGfSs5YFKt/BU"
    "QJz/8p80y0MM7v3XMrYZNveq4J/l0l4SlpnIMhOptzB+S9ytumIYH06FDoUhqQWJjCaDva"
    "SJ8wOxdEGqdUGSwtyPPt9yuS2jOfmlnTVGH14hlEx9moayVwrBk32Ups04Uc9+1Pc2weVh"
    "Rn8WiV5nyv3fl42dKuPzV7rQaxgdcG0+ZTarNbMxl90daXwYHW/HuIxKzvIR4TTN7cPwaD"
    "+AhfOJrN4MWjBJw+HcWMUx6Rd3768vVPr9+9evvaV1v+lU3aKq6Z4nZv9j04SllSU7uj2o"
    "JDXkUhbm+x7ZpSvC6l8VpVPV5Vj+99v36SwHoiIJK3gEGrcqu3WV5VWBpJ1JUwCgujaqWw"
    "E+chALvmmu1huiPyGvYb06taWWyzlUWqct8Cg48voS3K4aQNLQOjw1ZJxekMnE405DKwOr"
    "UAuYr+x3gc3rB21fvGe2tKXlv+LjgJWZ/HIa/cHXHmep/fMbOW1A3Hu1ffFNTXR8x0dGel"
    "0bmuOf7zZR4cUwW2lQxsV9U95Vb3zC021r/n4fCaQmUe1+wpVv45nDjMMIjQITahc2oVOn"
    "ynhNAQfpE2pfY0D/PDVEeXp7HLYGoyg3cfQIVtUM8JjiMJ4Raxme21793/hD6ofPPtqBjJ"
    "fpuA4feeNK/b5I6tbDKjK2LyjGrmyDDzKjSSsviOq1oxhAZT29EWdiG5R2kPZu0/yZiYxe"
    "7B/Cgi5zBlJWWVpWw7dDzOHXQIUlWhtW3FHARXt4Ah9nCcL/ZRRx2CMzCEIZ43e+fNi9a+"
    "uuucUfNuwyHKwdv1TJjYAChynadca/rnz/5gEyT3a04GK9KbsgElsn1zfd03Z8qNkXgev/"
    "c9GYLL+SNfwI0JJxwMGXCpoxZuWe+5Ne+ZpQO7R9iBekMjaf+UXbeTNL6xaiOtjqarbwD6"
    "pLBiAthwvKhHoDQM1b4R7aZOX5ORPnFPd8xdvZLFVz9N99VPY766XHRaXnA1QqYy41UqFP"
    "K0VwHDOUJaWc4qW86+sJKqvtNXVYRM3dO/a8spJ/5WrDt1Qm1RQkMXWLNq8InYxG3YxA2D"
    "WXaDCJus8bM++qWI3ts+GlwhVOmsP16EKmIW5sjiDRNWfu22/FqPsVtwbc8DQx2YKDLnII"
    "WnYV7nNsB2cK40dK4SlkGOhnHnMEx3cYiTfy8N4/wZmuD9B2dvBtc/uG6yuP1z2IW5KZ1t"
    "v/3tCV+C0Mg3bzCxP397ho0vLQ4b9wi9dUowVI7PcQv/xm1+DhNjzK1ZQtvdMt9U5e4orO"
    "TrG1z6GR/oRi4Hc02hbmpD7cU/vnv/K2LVvnyZJfL+Mj3y/jJq1aqfI5XX01DJez+scny8"
    "qd/rowU18np31CRrYlTGlBhsAv90dfsJJUM+m1Nz9azQvN9+xsmM6kaeie8THF/58embLM"
    "4yPJU+9d/E3GVTGILUyFnqFSHbCrNL0eQvX/woUFnifTFpX4iWt8GVUAeNnfKYtx7U2AYM"
    "ak4WYIIWVVZB+h0qrDHNq6g+NHGgW7PVaRBWKPstS6P29D7tVZv2ClaCIVy3JX99ZohO4f"
    "rMmnDFXOdsOeU2IzOG4Vvw0XTbj/US3X4vRifgsoXctx/E8SsZF6gKuJT7Y7cAS12vR3p6"
    "ssxc+BVaCbkLv9ZyC6ZEPBLciuRjHJi6TQW4Qhlebt7yI1FAd8r01knox8gsh8+1xfyRvO"
    "rz+Zf5sXJoxGBj1R+77i7kKMfKpAp6z8Ilbo2Y9UgWdXGMY2JQwfrmJQbhk7ql5i5s/t0f"
    "SQlTZjscLRDA8Xa6DXGcwGaYI5yjBQq5qiLnpxcoOdYi3IJYZlVsuxM2V+lVFQ62DRxMoc"
    "Jf1aR+IFLOlN1a1Xk+FUlXdZ5PQcpVVqxq0YcqK7aWI3jwyKzYMjM+veBPAlAQiAtlAAgC"
    "8agM6Z4m4daEmrot8BziTKlDgH9sgtK3ZW5my2EDajWI7mA4x17namKVmkjLXAeD7IREz3"
    "LeUSEXCmus+gbkQv3Uw91lYFXJhwXC0lct/PGdfoOAMhhOqencmp+6/dZlg0y5w4xbs9m+"
    "uWx3Wg1CdcvQTXZrtju9LzetG1Awpr2wmHVr9pqXrZ7W/NjCgWxqoE8JPxDGOmt2PmtnN8"
    "3O+aeGKEnXBhZwa5oxKaFkXEqH7xw6+n1S/1HODUbNFCUWpIvIdwCEZQnYU3C7Na3Put3L"
    "kFV91o4oqs6Xq7MW8F6wHh7SnZD+qhCqp4dQxezsTAVSnlXyyChtduv7CWX/hDc2tnokk1"
    "1L+rM8svTAFlu2PJ3k7j95mJSn8c/OuiY6Ynr5dV8wt2SdOM64FQE1NJy6rV/Qu1g/5Z1q"
    "pWidX2BCpjt+7nTN7vt5Z/JmKvfzWeU2o6wTQ5/BZjgSjXBhPdtDDoqcnAD/4R+WdOJE0f"
    "4zdNeW1CYTMCvMxBK/7Y5e+XyVz3d4irtqyb2tltyiV65CDbnhe3JnCARpqvyAB/MD5P4Q"
    "Z3D6YZZrCjWOssT3Hd1RlvnaFYWplFY4ojfR0OHC5wHnxl6IvkVF9E2VLFNBEVW37Cq+Xm"
    "VRVFJWpAhUOa2tQg7FPio4VRPEjsovy8TSeiCqtnkOf9QSsLTA3XomLM0GAk03gSUuSQYw"
    "jZvsR9SvBImIzdwu1le9Briucwd7X1J0YsGkRBewTu6poWOH6iEMJwFOcHgthwhtnYCnbf"
    "8FFaSmsNKqb4DU9t8pK66y9gc8bL81Cq6w3OBOiEhlP1cZfIc6DpvNk2pcU/VIkGR3VtCL"
    "crXJ6cvXP71+9+rta1+J+Fc26Y4qXeGJOhFVBc2TEHNB2OcQEZ8aWtwItsqWsHVsJ2ixuU"
    "GHbJQNfj10wefIPyrVkfITQJL8qGB2SBY3ShyxtLDzNyCecoIzwvYmhMj+sO0lt0aNaKKR"
    "eEudRFJETr65//72bFP/4e2/qHKqDtSp2nF7UMVEsIvuoFUeSJm5/57eyu24xggrjmfjuM"
    "XTQJiHqy082h12TpU5dtyq5bTNur93sHpCNOe/NZsXV+1Og9DRTDdvze5166bZ7+Jtd3Ss"
    "oTj/rHU/fGift7CGYnin8fFYH7Jbs/fl+rp7gzUXi/mcq5LJU1VV7LiqYnPn4bRg9oF0Gx"
    "ZJJLg4wDb0PtrNj9dt1+7EV6EdWawb8bsMC+Bd6vx/F53+Y7BiwGN0Yx55wLgESmUxudrS"
    "4ubEN+6FwU+JBR5YHhN1a0idwYcYsl+Ao5Rgcz6Q1xGhPRgv/0miOBUmm76ojjdv6/ibfe"
    "+iLufJpogckQx3lF0Sad73yGLB5lzv4zAHqFQzlQpa7F5nS9hbdt5neEczG4FdOp9b/B5P"
    "gcdgwr/Z0MmRzr2XksBzuphMnZbAFZO6xgZu1zch8CZ39PEKhIvPaz5OmaknjHhaQN9gZ1"
    "KD9K7612RIneGUIRuHTEeWnozYPTP4fIZpSNinxWG2Yz8TR/zqcMWy8LHEhjBbf0GFuB8o"
    "4o4TQRtbfJYHCAgRHd+RdGUg72CnguUKxq2dVE3VZ99TZnuUTmVcuNYHhcJMoTMYGCigSP"
    "S5DsrDruOxWzP6o83AxBDfmWcDSHRGWn/0Q35IrLrK90Uuu52P3uPRkqtIsdtigFtUHvkE"
    "SI5gIeya4TOY17AN5zysLky1s2TKHamfV5nCJK82hElexcMkU/DyE3ukpM/sAEk1s3PP7A"
    "EfJZRopnPbe75idW5Wowtr6/9NCGWk2pBBEpULeWpnK2zRyMfCVnf1Hprfno2+H+Tce3uh"
    "QrkQaYWoqo6oKpIUJ/3u3kwyL9Epx5v17C657T5eHd7y9Jzeqnan1NodB8ycXE6u+7zKzq"
    "2y5k8V3Ky24p1uxQL8vpK2aNJuHLqfZUMWaLQ2C1A8CJJ3TSZB7DqawngGoShcQCsZKE2b"
    "yiZAYDgvMWgGW74tAg8CxhZ1u3TsMAuZYWMJLzVl15n3MbS8tDfdmrpjY7EwOcHBBOEPNh"
    "5Yv7Co6LX1jMzoHZj/ok8f8NiF7QeMLC3dcZgpCosz4u9/Ym9KZyEEANYE3P0z2o/fu7x+"
    "0ATFrLn1fqgm/qoMGiUNGrfhZFZrxn38+HLmy8gw3uuhKw+Hao91sieFTvLM8TCVurBaDX"
    "XrCjYPJjcVv7HzlMJmwIkfOVYijHU4acO7UzpZuJzO47jvNMN6t1wcDtIcIYdL6GqZFuhL"
    "5/FeAn07Y3EpQSf1YyBHBAOsjfYipVBr6h3ulPDognnTIPN++c8vrS+tiwaR1LdmT54gI4"
    "6O+dBsX+I9WRUB9z63r6/xgn2nz+eZwyUlFztVPVe2XcmBXTaZZfGEDOF0dROmUtdCVFbl"
    "VMhj+gw/LuQxtNGApi0g8gBZVSylcrFUFPPLKecE8oORd63pWhV+qoVuSwwXk13RPUfI1T"
    "1vCbFXxHl1dNMdEjBmntR0Yab85UU6YYVJD2ea/O6BNfaSsTlBQ4JM6L2YDg4nlCy5dces"
    "92RgUPNOBgAE8C+XxdObJEODggALWQohygObIt5EgEnB79zJAepk9F6Wcrk3qcFN5gaXZL"
    "CHL5whn8E3iKILBAWRCzDP5jazvelEllNwcsiJ/5KRzkbPnsbcUiQS2lyMdKdlOlbi8WGB"
    "u/VNUVCKz2nMf7DMhKQ/ayL4GIz2+cd+BS+GKwG9q1UEUNkIYH7Nemi+V80PkawPqrMdmK"
    "dP0eryV3FW+NonUBlclcdnNn7WR7/USeAwRffK8+exYsb9hA8EM7X0g743iEA7hCO+iyYS"
    "bh8pFSzL27UuTHWEjC4lWnP87TKCJypj2pY5qRN9DEb2KqNa2Uv6Q8g+y7oEQkRHuAJKOc"
    "VTN+eLBDMq/ahDn0CNkw7xtXlPOpS90qzJYibrdG02tJhjkxm177ZgWJVyCCLcwp+WYzms"
    "KVReC0IW9mI4ZLZN8AtFOijiAO7R7iJYBRe9M3GUWDWjhdQ02ixPQDNCpXIR3k7DmoogG7"
    "+zwZTzu6YLWCagG5En6psQDnaPykVbShItAINmy/T+1O9fe+ApZlpTAq/Q75m1arhNTCbe"
    "xm7LvGv0I7B1UkL7k20MWFV+HShMwszRnMMn5bZyI4Rl6atjlUggvLiYDZI6uaVyfk1QbR"
    "IJ/JSZW/4xeRmZGqFS2GvbG2NT8ok2nEXwqFQi1bgZMhzfZDIc32wwHN/EDUdh6bIRS9LE"
    "m3p+h+h22PN7P/kjW+z5XVnq1aFvVSbc9jLhPJ8htzEZITymJbXfPsEeY+PiyN0o2PVvLw"
    "IjHphE/vam3QNdfyOzUalDpV0pnC8smyeehxZ+oJ4DhRiuSR4EIT7xJdySINxIt+dup9Sp"
    "6MRER17SzoB/Jye6QwwY3xbHrmCaDogfyblFsEZLdELUHTvhSLTS3vIIuGK/J0YpVFv8Kk"
    "ud36v0Qr9XbqXfBmwC52d+YCJAdTSVIfvYRfaq4PxtJl3FBXeizEouuCFm7KqBA2CiIiYl"
    "eqhXg7h2qnuUvTss/E0dMgOrSmZDu7GLMfzEVTLwutXRE9Tan1Ggzl8ef1UArSpL71iUYI"
    "EIn8FGE2ZpdDjkC/hi8d3P9XxtHHcM2CJUWPiIPZ94h+V1c1AByMacorludS7anY8N4tLf"
    "mhety/ZvrRusH/VVUrTGtFAYtqooVR3Q8eVdANKJ0h5M0cKTLHeroLv0RXW80J3qceCnB9"
    "15jN0edNcKjHhgEskK3UVmo4rQnS+FdM82KKjMnm1wvjzs2f4O/iFbn7FGlhTGItiA0TXF"
    "7R/IcErNCbPJdbfXZ6PnBE8zwXNVQVBuWqRX62s7MCVHjYSDrEp70a0Jl0ZMnLjkVyPD09"
    "a9PDFOkmE3SUxX+ib/1mxqON/IyTeX35KFz10W2t8ejQ5WvvI+feWFlXBubTo06z6ucgZs"
    "QWz29EXWxo8bOz/GMxTWqygPoyNkR8jw7ZdUVQfA7zgZpPJ70uf68fo9eyzyUk7KKng9+z"
    "jYWDVBZHV2Hnk6cZm+ziVP9G/w8kafZkkN+AmawTO6MU1ig9XBZMmCJMZyIPARdKcBl2R4"
    "wXM1ZJeRGV0JX2LCickmFPfK56TpUovkAm7GqonKe9OtOaf6iMBPfk/E0dYTC1wkfM8cvB"
    "qOv5Qa7ovQDaL4KN5GH4ovzTpZ6s4Uu+mw73PdSo0EVi6MKupvkwuTXkP/cGzpECrpa9fN"
    "9kWD4JS/Na9vulfdfrvbaV42grNdjRjSsZ0hUAucpNFwlZBoJNEQCsgtqRTa5wdxDkcxMW"
    "SqqHy7oaLybcztFIqN2UU6qoUoDybwVAuqflD3uFEYGeVxIMZ5pliUFF+hVnohysMRvN/T"
    "R27m5N98gE315k4Ctnr88q988nS1e7w+uesE5DVEQ2SVR144v8nLxcrL/zDddgTwRDyCDY"
    "CInNXbCAL7Ax3YKsgKh4TWf240JBDkwHw3DcGVhPSxM5f4w+cbZqQ1FHI53sOBEIY6Iqb/"
    "HUeNYpojzrWuyfoc/pNxqjbX4xyUwsg6U8OaMstUfRQYJ+ZhLQGOkzfqGQA5238yAyQ3p6"
    "uZ3yPcA8vqeNajPNcR/rSkh/legFhiqYnGPm6vEZEgQEYWW4ox4pnzJb0jS7vYkJYJWJl/"
    "ifMjA39XAJuaANuRoToFA9al4DR0lqz+N1qNPk1lshc22fFsx4JWe4xUZTGIhnCxSAvzd4"
    "OlLKbKCFzuRVQVpJEukOOFNCw2XgBTi4g9QnowUOaTLJ6ooKsKO1FJDLvGTirUJCtqsmX3"
    "XjAszcX3uJnNzRfQVyZfP50viZXocnQ5x8ABr4rQldKj9Q1Oc+XY7cuxs6hpjwvkp0YIKx"
    "EUFoGrqXJxf01TMb4w44PbRXbWB6kq5m/Lkvbx/0ca0n7E4cCEkNWODs6+kBl93uydNy9a"
    "tahq2QJP3aTqI+XoWpUqleDueoRJNby+r/igub32T7OE1YYL2+EzEdbyssFN0TZKAqIyzm"
    "XxJSaJyxjX8E7moXNrhH378aKfuS5mqp0UWivtPVVSusLKf5P5LwWfJ2y2pthhn6P2zU2t"
    "LDmUnGteRQXSWX+8UQFP0+Y2ciOEVa5dOX0uQ5baI2HN47LS4o7aNlDfY2LQpjw5b/nGWZ"
    "YzUe48MNBBLfes1n9E0SW7VNuz6vt8/mVeSzDq5Y0sNr3D54t5NpMe+796mQvO1OKLyZRQ"
    "MqDmHZmAIJd0BZa3w+FawCSXr0luJvuYwRIR+wj79RGbzbnDzOEKTyGWOW/u6HjfYmNmMZ"
    "yxUVz/T/eAHfGm+ahKktv/PrjJ4A/ItEghaoBc6VrUXvOq2WkQm4JCuDWvWpeXzX6DzBh8"
    "SMZiq9L7mB5t4KVm6TAKEaeqYpf+jPzeW8ffRYKBk73l7yKprWyZvrDrFub0h2vnNy3wiy"
    "78BuS35k3ron3TOhcXEQ2y2FBc/6110/7wVfQHvmeWPl6JDsHn+Lg3wEgXT543O+ewtMRF"
    "ZBBsObGuwbdm64/rtugs7FZu4pvhHT35XniFrUpvYYFy5XbZglQKny4nMizFt4IVgQAfn/"
    "+4mKNlYXtng5OTH+AqgavYWQ/u/PBM5cUbNVoSV3GaUREjVXo/E6UPhs68Av46kW8kcxBn"
    "0OlQ4pxkh9+xXGe4+wQ71KN5FWgPbYkfcN3At9bJlbAl4O8bNm4X0l+nWTv5bWrkF2W9p8"
    "jj3E8/2z1Ic8DHuy9FP1KxUtwFAV4Q9gvFYzcWFshjBg4QH9WJaxhnktkGEZV04rvnaeVY"
    "PyEihc/kFHoMPVdYN64C8z8dGx8FM/5PvAUHC6yzmAVWXI8a7MYja4+y7lE70HvwWC65+Q"
    "Tq6r2igZQy+DtEGMigtvM6D5PDVOpyuobfCA7TwiIjfSJ6gI3dmkcLlJbJwWwzJ2TGrVgP"
    "sywSydLHNL2NaayLKRZiIjSnFXFkE4hVt5zll0p5GFSfoSi8n0FsbLOEm43ot3Tia6oPuk"
    "mNpqB8VifDKRuiT0wnICIi+sEIB0sfCggdo+4WA5Fmdof2YnXLT0aUr4DgE4hVFvwScx+8"
    "PYt4H6+ydNDpXlgs5ZD0dCUZpVNXTRbckLbfx9ljmcWozXO5O3HKo2P3q0z7/6sN+/+rhP"
    "1fIE9a4dTpZHqFFZCSwYUqt+Vp57YEonw5pR6mrKSuitQ9HgXEHksFGfLZHOPzhVZ7hLaq"
    "dFZH0Krnru17RatQo5GeVZS7pOAxeUVqrLFHZRblq3mWh0glLIIc6W8iv6iFAx0Ry0uteg"
    "5wLC1fy+dntqQtefiweD7bweDf5bllsv++7//TAV84hLqR0zqhotHYFL4BpDp6T0wMZrtH"
    "no1SDgXf1shVxYXCqrxOnvAxAP3u51anIcOkmCJyeXnWPP/c8MFSL8HEyy7x00H8bJBbs9"
    "3555f2DTyim/9Z6NbKSz/xkk+8pBIvp6RQBGj7pR45MTf1sbZgvI6a9hKVkPvR+8ff7MVs"
    "Rq1caR8BEoWZLlBnjCbIFDrMxZHMZ6M6GVg6G2c9MSAsgjeZMLk3GzC5N3FMLr83WHn/aj"
    "mFWTAfMEw0sKPytyAMkFX+4Lb8QcnWLXiDfvHDgUkhqysYmn8ZSkx2VmR+wWCB6okOjncr"
    "i3czCjyboc5c+BouDfz/0KCWTNFOqh157yf6Eg6TqA7/JWOMZxP4LIvfUyOpxLyMV2QpYB"
    "FFKxtKU7yOVJVHpJ5HtMe+zSUmjLiTH2d7INu48OlbZeRTHXsNSkZG7yV2ioqyKA7g0Sq9"
    "BrDoqi1rrvRoCdat2YPN9wYv2HSEX3tr9lu/NsUVh/2biiu91nXzEzzB5nR6a35u9T41YT"
    "b/Cwa9Y/aU3lPrvzhys/cZa71m4C1hsddN6wNSWfCdQHXd7fW1s2bnc4OgSawh6/DtwfKw"
    "6+ZNr41/z6ll6/JKr3nzsSmOM7SpNaFYxvLxU78Fnw0/+rc2PMwmU4fB14PNfK8DTa/dac"
    "KQsH3Bvz81P9008FzRqXVrNr82Oxct+Ca6Al+OwVddtL42QEEI7KPXFIwBW50KznwGLnxo"
    "3uAr7oAPY2qJ0Zs3V82vOAh8z4yucJTPgh9X8Ol4/U5wZAbfj/f63V6rpfWbzd+6AoyxGW"
    "yglN5LqDp3NsdplmSO0/RcjtOo6nFNBAZ2VELqDDqQyeonSrfJjVRoMYgNgcojLGbcZKt1"
    "tqBuCrzXs5WyiWeDONBdTMhLvoPhNNAsg3ztXhJIldY6JofVYeg2GzUImPjttpdLiyjKkM"
    "51B96CybTEntMhs/FwzBG1pyzrZlE2qHV4BYmhmZtDVBet88umKAz0RgBV+Xuz3W93PgLR"
    "ebdzoTWvr2+6v+EhsnRJdQcnos1AJCPN8xCARjyD48hrssLwV7+y8d+irlEVtSd/qTbIZf"
    "NGyJRegZ5jJg6gxeUFk3I8Fn+pscTGugWGgDtXcinDOKXKtTaq8T20cPMxPoG04nx2zns6"
    "MKfWiZBVHC/A8bTk8D77nuJgJ5AqzPmtZMi1/uiH4iCxOko/FnLZ7Xz0Ho8WVybligMbH5"
    "ktHh9B4Xzx2rpBpwutqgyBVOnj6QI53lBiyIgqIvzEAaqUYpVTisF/0YudkRWmPBgp17zp"
    "iQ5QPhf0mORepZKrljpQpZIH1ljpqeS5UgiC3sOQwY9KWDIupddM9OH0czeb4GY9ohL6cT"
    "sZ6PkTLjw+pOddBDiVNf1CC8jr4TSM/hSbnggCos/gawn1EyaWgUCASBFfNw1wOBngo79e"
    "tz7WyXXnI+4sv7PBdTwLo5Q3VAnnCiv8+ob0Cvgoh5mOZGRMDpuyk8N0KoPORYvUt47vu0"
    "xLmu8mtVYbOZ3A5MHKkYGpA2Pzpkns9sHyzVfg5lm707z5moz2nCX0zTr72m81o+iy/t+E"
    "6Z1+mJT7uMqW5Vr8mXXN6cvXP71+9+rta1/F+Fc2aZaExqhTevrmbS6M3qc4Qk2xfYS4Ar"
    "/SWX+84JdnMeY1icJ01akg5ZwKEnfXYpKLiy3nwQ6B9O6DElhWlzk8U8s+1uGc2tPuItGf"
    "827VMzhyQ3hW44scJcLoOo3gh1PjOWljepFsD6fbZAofTgYrcKTw4BNsE+fFj8jY4rPwGW"
    "oiA8zgDjpfcCPmypX3qltzTlfwk20CqwVzDCeEDodiZJ/WYjDxbIdw8734e8rhffBeVIro"
    "PmIHO7+GGRtJY5bVrXnPEbKVt0VgFh1J/zmLjRc222piPx5WESFzP706jGLf6re+wTWt8s"
    "93LYuDTjT013QtpzBuWv/8ApabTAd0x0jOG+y1OpiTDt44JoG3RQK4nphPGD3nIKOsSy5B"
    "P9JaGr/1vaqVNOvtJm+KVZhO6ap0vj7TheiOyFoXnXEXeJKswScEuWGLRg/MshtE+UxQP7"
    "l9DkaJ/j2P4BJIdyi7Vv/sx/NuXgmisHTU6IaMGqFRKL4eG01jjrz3o2CZkUDjW2yY/90z"
    "6MJKeO+AKyhuYOQsLrr0BLsAidLLbQX7kOMYQh6wvkRzcLHVvCegBJ2VlAeW2YK4TJ4x1W"
    "vXeXjoMxTPwUuiVtruEycYRJ0x/BXigt9HXGXLUNTJFZZYErXCGZNKekyBZuvgSheXRRJ1"
    "JYuispCWP3xq4aTuMK26m4+ySd0SstIKnZGTRKuuCIKdt5KOyHHByv3b0PiNuU8bCBEdhh"
    "CE/eX2QJPtGh8nie2bwiHIMyaMzTHFKG0VVTykqKLF7nW2LCj4EOnBJFg/yTR6xCULyDhA"
    "VslXbfmCv19oGYcpD0bKNRGU5JYLbARBp8ejGYcmfWEUuTHY3K5eArHKOInirt6AOsNpAR"
    "msqSo3u3BVaFUztG8R+EbhYJVbCnFahZeCDGollOoR9Sqnq6KunRZ1pe3MW+DxGQzXXI92"
    "pGxOsEgysDqgPrbA6R4GnL/YmabzoWicrPyPK+JMMx1MmC0w/lrgYmfeaEqwvoQZvrb3yi"
    "0NzZkVG+R+QmZsRDgPZse6yLk/Nx7OkMXc2x9FciliD27GqUz/9JI96+sjcCYWX8x/XKeu"
    "giuISDf7Du8wsGcitxmx+DKWT1fWe27Nkzs2dzDBZWnpjsPMOrE5VlHypWlwCo6qscR014"
    "l+z2QSjA0sJqJe51lVLqm+rZuek4qzQhN/xISwqTFcgEjlbLqC5U+l5Myl1kqmh1HTKyWV"
    "4rIbNwJ1KZQMKA+GbV+F8pU69TlWHKDiei43EXzs8YhXKX20ko3edC/8ENKz8+qkrZVVOt"
    "yhRj717pOozFA8WcmLTssMJ7tOdJMonwZflWGmC+R4A6b2YjBDu65QqCVCezjBlnC9Frjm"
    "YOPmdzxVl39qrCVHIWhAP7iVgY88BTZQjKjEXHi0L1zqCbBdayRcppjnKm/UN/msA93AlG"
    "mN+49mOBgpcDKRoMOtjJK5xUeLofNe5MaDX4ilj7h8DD4E/xIP6RMP2+I+OMkzJrY9CwS8"
    "TNj2ynrPrYm97bGs0hzZz8m3ObN0PvrmjSIb93ubs0hjElFX+Rg5eQHs5yaTF1fMyeq/xk"
    "ouvUrM6tAlZeycdDd3bulJ6ZMbM7s9EqUNUWFx4uR2J7hfpuSuMjKErUSWTohVlbmQZT/m"
    "6WpopCARDxdp+sTK+8qubEAtim8uIp6SCysPsFzWPzHD3TJqOQXjn8Vx3fx6JepioyPems"
    "3zfvu3FtwZOvo9i9bE3pq9L73rVucCL9kLGwtj8Op5s3PeuhQPDpFfRsH62dMs2cyn6dnM"
    "p7FsZmE0wq9L0IycG4yaKUXpAbJoCy+gK0vE/pUdt/Dqdi9Dhv5ZOwokfbk6a8EKE5yHh3"
    "QnRb9JHZ0DXloT7G4XelFAo0XtrPfkBRmwMbeY2IxED+tcG8/WICj5PRqoJCu37xulPRjf"
    "90mmk4JqnXKrAMQRIjwYGSO+4S6v4cKyMCBoLUx0fOS0tWEBTqhJTvwF6DlTda9BDTB/MR"
    "PjSc/M37OkMfKsQRgdTj3XCe7Y8NByCjtDwM2acdOZwo2xw2SdvAgdvnoJ74OFs5LWKP75"
    "NGCXhBmZW+vH6FTOKZMlwGKGCOddzjqK1UOBZbU3xQ+ztqDadykPRyEgiehWwU2m8fH46S"
    "04gRHZheqCAoQ7kfgWMJg1wm2y7463CHWbjBbsvRhPepYC79IzxqWOaTqgW7awWGoB84YM"
    "hxilumWbBZMc3mRKcnizIcnhTTzJQTrCObsChYiOjs8lnOgo+VXgKKEg4cHsa0/SmTG5ow"
    "9ZftMxRqe66Qh71dp89BwV+SvIiQ0GpAOvMtBjcb0XpHgmDnYAU2c/pqXFZsgJy9bsxIyu"
    "DdUiUUJ1YR3vW8mcIx+9iFpAXnNq21jFaI7IFP6THdXcdvN2z20tlN4Qpq20ospa0YfPiy"
    "QwRWgrSSst6SpR7Qkmqi3mo4JSD1NWUldF6gmL3f36qgRaocQLNyMhf/vDEF0lgKrE+TBK"
    "nN15uwX2Xq9HOlLuhtd47srPUDtDkcuZoGJy5BaLpNjrdY7PkXC9/Axjj2dpicYBnmbMNw"
    "6mWmU7R8ZFDjDa7Ga8yayRyPktdTzmRdSZonNOvoknGz+L//ul8bMc5Zdv8bNAS3pH4skt"
    "kgXuzifxNpEQHLzuNhrUko51qVKF1UwVPoQcrQOqATzeU2+UnNgBWBT1mpbziJQQ0XZicW"
    "XolNpaj0v9/YONB6Q0SLIWz4hLR5KqMxWBv91QBP427eCUvFKJkBWSyw5jOvJIlPj5NXWi"
    "iwIgZtncFJtyIcGUUZ2PH1MAdgqQHSHmdLgYU1JqEBaMFWwaHCKtAgfqy7lAyk+M8OgyUU"
    "rJ+Al6O9kNvJDvVJl4W0IN/SLgR2Jaft3xgQkhK6IVnH1qdTJzwcSkLmZrnPFhdCYAbz6M"
    "y/T4jDlTcSKuX7GNhWrSlq6LVG4iqmH9Fiei4NR9maxhjEMx2xu2ai6msDqqb4BS8P+1Mc"
    "2zCwdIVC7jLbgDn2bagU837MCn8R1YsIzlsnUCJBWXs3H5CXQQkMXoJ6KAZAjjBkpJnmV0"
    "1KuuAeUICZwlrfvhQ8OTx6151e30P11+bcj6O2N1a35tNW/wwopRyyh2VvDW+wjIQvmEZb"
    "OxvNwn2mFxubc75xCKbsov9fo52MShd4yY3G1gk00Eu6k8r/Lp0tfAYWZWVfl0T1Hqafl0"
    "hbq9rdXUI9MxDlD+e8nDaDIwCROblLt36pu8e7p+5iGnPp0NW3amn4on/chweLqPfA8rUM"
    "+HVAdIVDZai3pvb95k8d7evEn33vBexA6FRZWDw+7jR8jd3bY2/7XX7aRYlamtzUf60CH/"
    "RwzdVshL3kYoDZkRsiBi/cqjrckjpgEOcJYUAdglWP33/wNH0GAS"
)
