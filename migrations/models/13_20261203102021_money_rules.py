from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# Written by hand around aerich's two columns (issue 8, "money rules a code audit broke").
#
# Deposits: a bank reference is compared by its key, a numeric tracking number without its leading
# zeros (models.wallet.deposits.deposits.tracking_key; the CHECK below repeats the rule so every
# row's key follows from its number). Existing rows are keyed; if two approved deposits already
# name one reference, the migration stops and names them: money was credited twice, and which
# credit to reverse is for a person to decide, not a migration. The unique index among approved
# deposits moves from the number as typed to the key.
#
# Maker-checker at every amount: the declarer never approves. A deposit awaiting its second
# approval whose first approval came from its declarer (allowed until now) goes back to
# `declared`: that approval no longer counts. Decided deposits are history and keep their facts
# (the CHECK is NOT VALID: it holds for every row written from now on).
#
# Orders: a failed order refunds only the payments of its periods not yet delivered, marked
# `refund_due` when it fails. Payments of orders failed before this migration were all due under
# the rule of the time (and refunded ones must be due): they are marked so.
_TRACKING_KEY = """CASE WHEN tracking_number ~ '^[0-9]+$'
                THEN coalesce(nullif(ltrim(tracking_number, '0'), ''), '0')
                ELSE tracking_number END"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return f"""
        ALTER TABLE "wallet_deposit" ADD "tracking_key" VARCHAR(64);
        UPDATE "wallet_deposit" SET "tracking_key" = {_TRACKING_KEY};
        ALTER TABLE "wallet_deposit" ALTER COLUMN "tracking_key" SET NOT NULL;
        COMMENT ON COLUMN "wallet_deposit"."tracking_key" IS 'the bank reference it names (deposits.tracking_key): a numeric tracking number without its leading zeros';
        DO $$
        DECLARE
            clashes TEXT;
        BEGIN
            SELECT string_agg(format('%s %s (deposits %s)', bank, tracking_key, ids), '; ')
              INTO clashes
              FROM (SELECT bank, tracking_key, string_agg(id::TEXT, ', ' ORDER BY id) AS ids
                      FROM "wallet_deposit" WHERE status = 'approved'
                     GROUP BY bank, tracking_key HAVING count(*) > 1) AS twice;
            IF clashes IS NOT NULL THEN
                RAISE EXCEPTION 'bank references credited more than once: %. Reverse the extra '
                    'credits and mark those deposits rejected by hand, then migrate again.',
                    clashes;
            END IF;
        END $$;
        DROP INDEX IF EXISTS "wallet_deposit_credited_once";
        CREATE UNIQUE INDEX "wallet_deposit_credited_once" ON "wallet_deposit"
            ("bank", "tracking_key") WHERE status = 'approved';
        UPDATE "wallet_deposit"
           SET status = 'declared', first_approver = NULL, first_approved_at = NULL
         WHERE status = 'awaiting_second_approval' AND first_approver = declared_by;
        ALTER TABLE "wallet_deposit"
            ADD CONSTRAINT "wallet_deposit_tracking_key_derived" CHECK (
                tracking_key = {_TRACKING_KEY}),
            ADD CONSTRAINT "wallet_deposit_first_approver_differs" CHECK (
                first_approver IS NULL OR first_approver <> declared_by) NOT VALID;

        ALTER TABLE "billing_order_payment" ADD "refund_due" BOOL NOT NULL DEFAULT False;
        COMMENT ON COLUMN "billing_order_payment"."refund_due" IS 'its period was not delivered when the order failed: the refund sweep gives it back (orders.mark_order_failed)';
        UPDATE "billing_order_payment" AS p SET refund_due = TRUE
          FROM "billing_order" AS o WHERE o.id = p.order_id AND o.status = 'failed';
        ALTER TABLE "billing_order_payment"
            ADD CONSTRAINT "billing_order_payment_refunded_when_due" CHECK (
                refunded_at IS NULL OR refund_due);
"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "billing_order_payment"
            DROP CONSTRAINT "billing_order_payment_refunded_when_due";
        ALTER TABLE "billing_order_payment" DROP COLUMN "refund_due";

        ALTER TABLE "wallet_deposit"
            DROP CONSTRAINT "wallet_deposit_first_approver_differs",
            DROP CONSTRAINT "wallet_deposit_tracking_key_derived";
        DROP INDEX IF EXISTS "wallet_deposit_credited_once";
        CREATE UNIQUE INDEX "wallet_deposit_credited_once" ON "wallet_deposit"
            ("bank", "tracking_number") WHERE status = 'approved';
        ALTER TABLE "wallet_deposit" DROP COLUMN "tracking_key";
"""


MODELS_STATE = (
    "eJztXftz2kjy/1em+GWdKjaVOI/dI1tbhW2SsHHAB2Qft95SBjSAzkLDScKEu+/+79/uGU"
    "noiSWZx4B1P+zFknokumd6uj/9mP/VZlxnpvO8ORrxheXWGuR/NYvOGPwjfqtOanQ+X9/A"
    "Cy4dmuJZk+kTZms09OzQcW06wiHH1HQYXNKZM7KNuWtwC65aC9PEi3wEDxrWZH1pYRn/WT"
    "DN5RPmTpkNN/78Cy4bls6+MQf//NN/oaHju0bwQbW/8Jn5nTY2mKlHfoh8SFzX3NVcXLsw"
    "Jm3LfS+exa8YaiNuLmbW+vn5yp1yKyAw5M+aMIvZ1GX4Btde4M/Cr/b44P9S+QvWj8hPD9"
    "HobEwXphtiw1BbX6tpWqc70PqtgabVCjBuxC1kOnyqIxgwwU/4/h/n569e/XD+4tXbH9+8"
    "/uGHNz+++LGOEoN7yVs//C0/Zs0tOZTgWftDuzPAD+IgWSl4vPC3oKEulVRCQmvuC+Ek+H"
    "85pXY69/3nY/yHHxbnv8/tTQLwL6wlsJ6N5UVQW06pS+5gUMLHxJv1DTJaOC6fwbRcUtNk"
    "Yr7kkNKMftNMZk3cKfz59vUGAfza7F1+bPbO3r5+FpVCx7tzLm6hPNb850vgWBEBBASlJO"
    "BN8A0C2OsSiDD35fmPObgLT2WyV9yL8lf8fwH2+s/vb37Xanvh7vmLFzm4C09lclfci3KX"
    "fXOZbVFTS1Pi2UyOkW1lJh9Wl+9+Ijsrx2Uz7Y6tinA6SnVqjP7H2xx8/sfbTDbjrSiXdT"
    "Y0XEebwVahWdzV2LcRY7o2spkO11MMFc5NRq105j88WEwgQxhtV2omuLIDqWyySrrdaxx5"
    "5jj/MaWZErNROl8+X7RgOQgpwUOGGzFdQqaK5FuCn5LNBWXz8GCVbArLRjONmeEWM+fjlA"
    "8b9tvi+osTMOxDEjC5w9JcqY2rICCqZnuB2e4p9jmzdPyYQvM9SVvN+HIz3uckd9zUiZ9D"
    "CAFpJYOSWsfbRksthRTiSg6PlEOJxZCkraRQTgr3zHbwQwuxP0SkLN9rDoOxrREDds+GzE"
    "ZczZ0yYlLHJeyeWXnRtIOIZcZcigBoUi6/9LuddKmEaWJi0Y2RS/6PmIazM/HUfhovrBEy"
    "nwwXhukalvMcX/vzrrCiDTxGHkXsJt9/Pvvc/D3uWl9edy8Ey0CXTGwxihjgIqmvkGUaTf"
    "EWruCOa8xYprYKUcZF45E+9/+hDiidX3XBD9S7lrmqSWhlg2gG7c+t/qD5+SYin6vmoIV3"
    "zsXVVezqWRwOCQYhv7UHHwn+Sf7V7bTiYgyeG/yrht9EFy4Hz3mpUT2EAvlXfa5FpB4JC+"
    "WFsCJEKocdyqKFeUCsl9kg1ksBYmF4bXyXGuKRDEyy/D23mTGxPrGVYHwbvpGCik9hsxdr"
    "vA4GOjKG/+3PKf/qer7adBnEJKNTDX4//GomfcAeTP1e+xJ2FmT0kI7ultTWtQjH8Q4/57"
    "ErwbPRWyHx8DTExKPqWmzA4T89ZlI33UrwhcPz7EYPx3+UEIzg8ux8FuPljFp0Ir4Sh0Pi"
    "aBS8JSyR7Ch5y7dU8obKtcC2eTBgXhuAPcQX7pB/axBuMWLzJZmDqeQNRUZTak2ATlpQTI"
    "/cXBog04VLJnTuPI/bUlseOiWA/2fN/8Fy7vvmngzbh0L7VRRfySh+IK9CMghT7c/1OBFh"
    "HD8aeLKCOC5A8OTEcLyY4OmK4shgwVMURIV3FIaeVMI3fJ5sBDiiVnT+tRalq9ZZ6XUGH2"
    "A54wyMaZMEYoSVCAqJYAP6FEo6fyT8FEp1PzJB5MWfomogA4BKm+5b4O4gNNSJsje2xncL"
    "8BVEsDxsNQW7WqOuD6JWa6T3YbiqaRHqOEziQwQMPcKXFgGRug0fOnIItXTic80hFrtnNp"
    "kZ34i75ES+LAWt2urID1ebZEJShy1tUChNdjsRhvoG/En9LPv9MTtXnv3LDXn2L5N59rh4"
    "ivDXf15l/tacGdbhOK6nGmyDwghzDmytE2a59iquWfKw/9V5Du6/Os9kPt6qXLenGapOWL"
    "HZpkDCvk3LP/co3396OHp3erbt37u0lm4kOhjYrClmU/yRPPaTBzpqYbM6X+APrGuXiWpD"
    "4g0SWDfvRKaU/xfaQ8wcI8HKIcZsthAfkR7z28qoj7Cg1PKmqzhfTUyIdEOgZS1mCVcvGu"
    "7zifdY2xiC8YuYBjetzlW786HhT/tb66bbH7Su4IJAo2+tX7vtK/z7nhs6/t36/abdwwvs"
    "29ywJV59KDs5XB+JH+OUsB2ilFuwHdSq/D0SSyEX6AtDcfMe7LzhqrCiTNKW0pWKpfUoAT"
    "yGWLtfeEwxYeRFx5JTcQsAWR6o0s9x2wNQeVATYocw5aOM6U1WdCHzuZjZDBJfW6pkxu/Z"
    "DLx+tHa/0hk6Q1/J2OYzsH1FckaQz+ZyuCSD0/61pPW87cHzNL2xGfx2zKeSMxbFGlwBUc"
    "Lzf8o8Ey2K8/v3vErY9Ju+a4J/V0l4ShrnYIjO5twFea+KtmlIIT05FHonDUhsTGF0XE03"
    "JswpBJEmKVUGS0vyfPv9iqT2LKZm1jRVWL18BtFpNupaCRxrxi22Ett0Kcd9+9Mcm4eVxV"
    "l8WqU53293Ply3tJuPzX6rQRzgtcm0+ZQ67NZKR1+09WVwoLXgHiIx63uIx4STNw+PwSA+"
    "wheu5jB4sZ6C02ejmEnKE/LOz1++/uH1j6/evg7UVnBlk7ZKaqak3Zt/D45T7qip3UltwR"
    "GvohS3t9h2TSle76TxWlU9XlWPH3y/fpLAeiogUrSAQatyq7dZXlVaGmnUlTBKC6NqpbAX"
    "5yEEuxaa7VG6E/IaDhvTq1pZbLOVRaZy3wKDTy+hLc7htA0tB6OjVknF6RycTjXkcrA6sw"
    "C5iv4neBzdsPbV+8Z/a0ZeW/EuOClZn6chr8IdcebGgN8xq5bWDce/V98U1Dd0ZrmGu9Lo"
    "3NDc4PldHhxTBbaVDGxX1T27re6Z22xsfCvC4TWFyjyuOVOs/HM5cZlpEqFDHELn1C51+M"
    "4OQkP4RdqUOtMizI9SnVyexj6DqekM3n8AFbZBoyA4jiSE28Rhjt++9/AT+qjyzbejYiT7"
    "HQKG3zvSvGmTO7ZyyIyuiMVzqpkTw8yr0EjG4jutasUIGkwdV1s4peQepz2atf8kY2I2uw"
    "fzo4yco5SVlFWWsuPS8bhw0CFMVYXWthVzEFzdAobYx3G+OCcddQjPwAiGeNnsXzavWofq"
    "rnNBrbsNhyiHb9dzYWJDoCh0nnKtGZw/+51DkDyoORmuSH/KhpTI9s31dd+cKTd18Tx+7z"
    "syApfze76AGxNOOBgy4FLHLdxdvefWume2AezWsQP1hkbSwSm7XidpfGPVRlodTVffAPRJ"
    "YSUEsOF4UZ9AaRiq3RPtps5fE92YeKc7Fq5eyeOrn2f76ucJX10uOq0ouBojU5nxKhUK+d"
    "qrhOEcI60sZ5Ut50BYaVXf2asqRqbu6d+15ZSTYCs23DqhjiihoQusWTX5RGziDmzipsls"
    "p0GETdb4ydB/LqP3to8GVwhVNutPF6GKmYUFsnijhJVfuy2/1mfsFlzby9BQRyaK3DlI0W"
    "lY1LkNsR2cKw2dq5RlUKBh3CUM010c4+Q/SMO4YIameP/h2ZvD9Q+vmzxu/xx2YW5JZzto"
    "f3vGlyA08tUfTOzPX59h40ubw8ato7dOCYbK8Tlu49+4zc9hYoy5PUtpu7vLN1W5Owor+f"
    "oGl37Gh4ZZyMFcU6ib2lB78Y9v/v/KWLUvX+aJvL/Mjry/jFu16udIFfU0VPLej6scH28a"
    "94a+oGZR745aZE2MypgSk03gn55uP6NkxGdzaq2elZr32884mVHDLDLxA4LTKz8+f5PHWY"
    "ansqf+m4S7bAlDkJoFS71iZFth9k40+csX3wtUlvhfTNpXouVteCXUQWNnPOavBzW2AZNa"
    "kwWYoGWVVZh+jwprTIsqqvdNHOjWanUahJXKfsvTqD27T3vVpr2ClWAIz20pXp8ZoVO4Pr"
    "MmXDHPOVtOucPIjGH4Fnw0wwlivcRw3onRCbhsEfftO3H8Ss4FqgIu5f3YLcBSN+uRnp4s"
    "cxd+RVZC4cKvtdzCKRGPBLdi+RhHpm4zAa5IhpeXt/xIFNCbMv11EvopMsvlc20xfySvBn"
    "z+ZX6qHNIZbKzGY9fdlRzlVJlUQe95uMRtndmPZFEXxzglBpWsb15iED6tW2rhwubfgpGU"
    "MGW2w9ESARx/p9sQxwlthgXCOVqokKsqcn56gZJTLcItiWVWxbZ7YXOVXlXhYNvAwRQq/F"
    "VN6kci5VzZrVWd51ORdFXn+RSkXGXFqhZ9qLJiawWCB4/Mit1lxqcf/EkBCkJxoRwAQSge"
    "lSPd0yLcnlDLcASeQ9wpdQnwj01Q+o7MzWy5bEjtBjFcDOc461xNrFITaZnrYJCTkui5m3"
    "dUyIXCGqu+AblQP/VwfxlYVfJhibD05xb++M6gQUAZjKbUcm+tj91B67pBptxl5q3VbPeu"
    "251Wg1DDNg2L3VrtTv9Lr9UDBWM5C5vZt1a/ed3qa80PLRzIoSb6lPADYayLZueTdtFrdi"
    "4/NkRJuja0gVvTnEkJO8alDPjOkWvcp/Uf5dxk1MpQYmG6mHyHQLgrAfsKbr+m9UW3ex2x"
    "qi/aMUXV+fL5ogW8F6yHhww3or8qhOrpIVQJOztXgZRvlTwySpvf+n5C2T/RjY2tHslkz5"
    "L+JI8sPbLFli9PJ737TxEmFWn8s7euia6YXkHdF8wtWSeOM25FQA2Npl7rF/Qu1k/5p1op"
    "WucXmpDZjp83XfP7fv6ZvLnK/QJWec0o68Q0ZrAZ6qIRLqxnZ8RBkZMz4D/8w5ZOnCjaf4"
    "bu2pI6ZAJmhZVa4rfd0Sufr/L5jk9xVy25t9WSW/TKVaghN3xP4QyBME2VH/BgfoDcH5IM"
    "zj7Mck2hxlGW+L6TO8qyWLuiKJXSCkf0Jhq5XPg84Nw4C9G3qIy+qZJlKiii6pZdxderLI"
    "pKyooUgSqntVXIoThEBadqgthT+eUusbQ+iKptXcIftRQsLXS3ngtLc4BAMyxgiUeSA0zj"
    "Fvse9StBIuIwr4v1534DXNe5i70vKTqxYFKiC1gn99Q0sEP1CIaTACc4vLZLhLZOwdO2/4"
    "IKUlNYadU3QGqH75SVVFmHAx623xoFV1hhcCdCpLKfqwy+Q12XzeZpNa6ZeiRMsj8r6MVu"
    "tcn5y9c/vP7x1dvXgRIJrmzSHVW6whN1IqoKmich5pKwzzEiPjW0uBFslS1h69hO0GZzk4"
    "6Yng9+PXbBF8g/2qkjFSSApPlR4eyQPG6UOGJp4RRvQDzlBGeE408Ikf3hOEtu6414opF4"
    "S53EUkTOvnr//vpsU//h7b+ocqqO1Knac3tQxUSwj+6gVR7ILnP/fb1V2HFNEFYcz8dxm2"
    "eBMA9XW/i0e+ycKnPsuF0raJt1f+tg9YRozn9rNa8+tzsNQvWZYd1a3ZtWrzno4m1vdKyh"
    "uPykdd+/b1+2sIZidKfx8dgYsVur/+XmptvDmovFfM5VyeSpqir2XFWxufNwVjD7SLoNiy"
    "QSXBxgG/of7eXHG45nd+Kr0I4s1434xxwL4MfM+f9jfPqPwYoBj9GLeRQB41IolcXkakub"
    "W5PAuBcGPyU2eGBFTNStIXUmH2HIfgGOUorN+UBeR4z2aLz8J4niVJhs9qI63byt02/2vY"
    "+6nCebInJCMtxTdkmsed8jiwWbc2OAwxyhUs1VKmize4MtYW/Ze5/hPc1sBHbpfG7zezwF"
    "HoMJ/2Yjt0A690FKAi/pYjJ1WwJXTOsaG7pd34TAW9w1xisQLj6vBThlrp4w4mkBfYOdSU"
    "3S/zy4ISPqjqYM2ThiBrL0TGf3zOTzGaYhYZ8Wlzmu80wc8WvAFdvGx1Ibwmz9BRXifqSI"
    "O04EbWzzWREgIEJ0ekfS7QJ5BzsVLFcwbp20aqoB+5Yx2+N0KuPCtQEoFGYJncHAQAFFYs"
    "wNUB5OHY/dmtHvHQYmhvjOIhtAqjPS+n0Q8UMS1VWBL3Ld7XzwH4+XXMWK3RZD3KKKyCdE"
    "cgILYd8Mn8G8hm244GF1Uaq9JVPuSf28yhUmebUhTPIqGSaZgpef2iMle2aHSKqZXXhmD7"
    "meUqKZzW3/+YrVhVmNLqxj/DcllJFpQ4ZJVC7kqV2ssEUjHwtb3dN7aH77NvphkHP/7aUK"
    "5SKkFaKqOqKqSFKc9Lv7M8m8VKccb9bzu+SO93h1eMvTc3qr2p2d1u64YOYUcnK951V2bp"
    "U1f6rgZrUV73UrFuD3Z2mLpu3Gkft5NmSBRmuzEMWDIHnXYhLErqMpjGcQisIFtJKB0nKo"
    "bAIEhvMSg2aw5Tsi8CBgbFG3S8cus5EZDpbwUkt2nXmXQMt39qZby3AdLBYmZziYIPzOwQ"
    "PrFzYVvbaekRm9A/Nf9OkDHnuw/ZCRpW24LrNEYXFO/P1P7E3pLoQAwJqAu3/G+/H7l9cP"
    "WqCYNa/eD9XEX5VBo6RB4zWczGvNeI+fXs78LjKMD3roysOh2lOd7GmhkyJzPEqlLqxWQ9"
    "26gs2DyU0laOw8pbAZcBJEjpUIYx1P2vD+lE4eLmfzOOk7zbDerRCHwzQnyOEddLXMCvRl"
    "8/gggb69sXgnQSf1YyAnBAOsjfYypVBr6j3ulPDogvnTIPd++c8vrS+tqwaR1LdWX54gI4"
    "6Oed9sX+M9WRUB9z61b27wgnNnzOe5wyU7Lnaqeq5su5IDu2wy2+YpGcLZ6iZKpa6FqKzK"
    "qZDH7Bl+WshjZKMBTVtC5CGyqlhK5WKpOOZXUM4p5Ecj71rTsyqCVAvDkRguJruie46Qq3"
    "feEmKviPMa6Ka7JGTMPKnpwiz5y8t0woqSHs80+c0Ha5wlY3OChgSZ0HsxHVxOKFly+47Z"
    "78jQpNadDAAI4F8ui6c3SUYmBQGWshQilEc2RfyJAJOC33mTA9SJ/k6Wcnk3qckt5gWXZL"
    "CHL9wRn8E3iKILBAWRCzDP5g5z/OlEllNwcshZ8BLdYPqzpzG3FImENhe64bYs1049Pix0"
    "t74pCkrxOY0FD+4yIenPmgg+hqN9wbFf4YvRSkD/ahUBVDYCWFyzHpvvVQtCJOuD6hwX5u"
    "lTtLqCVZwXvg4IVAZX5fGZjZ8M/ec6CR2m6F15/jxRzHiY8IFgppZ90PcGEWjHcMR32UTC"
    "7SOlgmVFu9ZFqU6Q0TuJ1px+u4zwicqYtmVN6sQYg5G9yqlWDpL+ELHP8i6BCNEJroCdnO"
    "JpWPNFihmVfdRhQKDGSYf42qInHcpeafZkMZN1ug4b2cx1yIw6d1swrHZyCCLcwp9WYDms"
    "KVReC0IWzmI0Yo5D8AtFOijiAN7R7iJYBRf9M3GUWDX6QmoabVYkoBmjUrkIb69hTUWQjd"
    "/YcMr5XdMDLFPQjdgT9U0IB7tH5aItJYkWgkHzZXp/HAxufPAUM60pgVcY98xeNbwmJhN/"
    "Y3dk3jX6Edg6KaX9yTYGrCq/jhQmYZY+5/BJha3cGOGu9NWpSiQUXlzMhmmd3DI5vyaoNo"
    "kUfsrMreCYvJxMjVEp7LUdjLEj+OUTbmcUVjycUhemV9rqxM1Q6w+agy/9Bpm67lyTs+PW"
    "QqSy+2XQEMcV8oV7a/Va77/0MaHOZmMsdIJnroHKNeHpqw78S7fgXxfX3ctPrSuteXXVa/"
    "Xh6tDrl+tl5N9andbgt27vE3wvczF8Vcqa3TrcJGxvprO0vWFTF/II3R67kB8mo2WLXcgr"
    "36E6hq7Kzdtebp7vxRQ2b2OEp7SkDtu52GdsUhyFWxd7HvdVaMQjk8jf/rR7oA9xbDYqdc"
    "y1J4XLhe3w1BPaog/UC+AiozXJg7DIR76EWxIW1A1n7vVunYreUFT304iG/Bs5M1xiwviO"
    "OAgGE4dA/EjObYJVY6I3o+E6KYe07ewtjwBQDnuGlULVzq/yVB6+yi49fOXVHm5AS3B+Fo"
    "dKQlQnU6tyiF3koAou2GayVVx4J8qt5MIbYs4+HzgApk5imqSPwzWIZ6eKPOy6j9/C39Ql"
    "M7CqZH62F00Zw09cpUPBWx09Ra39GYcOg+XxVwUZq7L0TkUJlkB/TKZPmK3R0Ygv4IvFdz"
    "83ijWW3DOEjPBU6UP/AuI9FvzNQQUgGwuK5qbVuWp3PjSIR39rXbWu27+2egjABSopXvWq"
    "BpRW1bhuGdAJ5F0C0onTHk0ZxZMswKugu+xFdbrQneqR6acH3fmM3R501wqNeGQSyQvdxW"
    "ajitBdIIVszzYsqNyebXi+POzZ/gb+IVuf+kaWFMYi2BLSM8Wd78hoSq0Jc8hNtz9g+nOC"
    "56vgSa8gKC9R068+dlyYknoj5Witnb3o1oJLOhNnQAX10fC0fS/PsJNk2N8SE6i+yr81h5"
    "ruV3L21eO3ZOFzj4XO10ejg5WvfEhfeWGnnKSbDc16j6ucHVESmz1/kbcV5cZelIlk29Aq"
    "KsLoGNkJMnz7RV7VkfR7Tgap/J7suX66fs8By86Uk7IKXs8hjlpWTRB5nZ1Hnpe8S1/nmq"
    "f6N3h5o0+zpCb8BM3kOd2YJnHA6mCyiEISY4ES+AiG24BLMrzguxqy78mMroQvMeHEYhOK"
    "e+Vz0vSoRXIBtxL1Tbt70601p4ZO4Ce/I+Kw7YkNLhK+Zw5eDcdfSk3vRegGUXwUb6MPxZ"
    "dWnSwNd4r9fdi3uWFnRgIrF0YV9bfJhcmu6n84tnQMtf21m2b7qkFwyt9aN73u5+6g3e00"
    "rxvh2a5GDOnUTjWohc72aHhKSLS2aAgF5BV5Cu3znTgZpJwYctV4vt1Q4/k24XYKxcacMj"
    "3eIpRHE3iqhVU/qHvcKMyc8jgS4zxXLEqKr1Rzvwjl8Qg+6DIkN3Pybz7ENn9zNwVbPX35"
    "Vz55tto9XZ/ccwKKGqIRssojL53f5OdiFeV/lG47AngiHsEGQETO6m0EgYOBjmwV5IVDIu"
    "u/MBoSCnJgvpuG4EpK+tiFR/z+U4+ZWS2OPI73cSCEoU6I6X8nUaOE5khyrWuxAYf/5Jyq"
    "zfU4R6Uw8s7UqKbMM1UfBcaJeVhLgePkjXoOQM4JnswByc3pahZ0LffBsjqePilPmoQ/be"
    "lhvhMgllhqotWQ1/1EJAgQ3WZLMUYyc35H78jTwDaiZUJW5l/iRMvQ3xXApibAdmKoTsmA"
    "9U5wGjpLV/8brcaApjLZS5vseNpkSas9QaqyGESLukSkhQW7wVIWU+UELg8iqgrSyBbI6U"
    "Ia2K8GmFpG7DHSo4Eyn2TxRAVdVdiJSmLYN3ZSoSZ5UZMtu/eCYVkuvs/NfG6+gL5y+frZ"
    "fEmtRJejyzkGDnhVhK6UHq1vcJorx+5Qjp1NLWdcIj81RliJoLQIPE1ViPtrmorxpRkf3i"
    "7ysz5MVTF/W5Z0gP8/0pAOIg5HJoS8dnR49kXM6Mtm/7J51arFVcsWeOolVZ8oR9eqVKkE"
    "d88jTKvhDXzFB83ttX+aJ6w2Wjgun4mwlp8Nbom2URIQlXEumy8xSVzGuEZ3Mg+d2zqeJI"
    "AXg8x1MVOdtNDazt5TJaUrrPw3mf9S8EXCZmuKPfY5avd6tV3JYce55lVUIJv1pxsV8DVt"
    "YSM3Rljl2u2mz2XEUnskrHlaVlrSUdsG6ntKDNqUJ+cv3yTLCibKXYYGOqrlntf6jym6dJ"
    "dqe1b9gM+/zGspRr28kcemd/l8Mc9n0mP/Vz9zwZ3afDGZEkqG1LojExDkkq7A8nY5XAuZ"
    "5PI16c1kHzNYKmIfY7+hs9mcu8warfBcZJnz5o2O9202ZjbDGRvH9f/0jvwRb5rrVZLc4f"
    "fBTQZ/SKZlClFD5ErXovabn5udBnEoKIRb63Pr+ro5aJAZgw/JWWy18z6mJxt4qdkGjELE"
    "Oa/YpT8nvw/W8XeRYuDkb/m7SGsru0tf2HMLC/rDtcteC/yiq6ABOR65ddXutS4H8tQt3b"
    "DZSFz/tdVrv/9D9Ae+Z7YxXokOwZf4uD+AbognL5udS1ha4iIyCLacRNfgW6v1+01bdBb2"
    "KjfxzfAO77QveIWjSm9hgXIVdtnCVAqfdycyLMW3ghWBAB+ff7+Yo2Xh+KeVk7Pv4CqBq9"
    "hZD+5890zlxRs3WlJXcZZRkSBVej8TpQ+mwfwC/jqRbyRzEGfY6VDi5GaX37FCp8oHBHvU"
    "o0UVaB9tie9w3cC31slnYUvA3z02bpfSX+d5O/ltauQXZ72vyJPczz5tPkxzxAfOL0U/Ur"
    "FSvAUBXhD2C8VjNxY2yGMGDhDX68QzjHPJbIOIdnQGve9pFVg/EaJSa2iPexB6rrBuPAUW"
    "fDo2Pgpn/J/5Cw4WWGcxC624PjVZzydr63n3qD3oPXiskNwCAnX1XtlAyi74O0IYyKSO+7"
    "oIk6NU6nK6ht8IDtPCJroxET3Axl7Now1Ky+JgtlkTMuN2oodZHonk6WOa3cY00cUUCzER"
    "mtPKOLIpxKpbzvJLpTxMasxQFP7PIA62WcLNRvRbOgs01XvDomZTUD6rk9GU4WHFhE5ARE"
    "T0gxEOljESEDpG3W0GIs3tDh3E6pafjChfCcGnEKss+CXmPvh7FvE/XmXpoNO9sFnGse3Z"
    "SjJOp66aLLkhbb+Ps88ym1GHF3J3kpQnx+5Xufb/Vxv2/1cp+79AnrTSqdPp9AorICWDC1"
    "Vuy9PObQlF+QpKPUpZSV0Vqfs8Cok9kQoy4rM5xudLrfYYbVXprI6gVc9dO/SKVqFGIzur"
    "qHBJwWPyitRYY4/KLCpW8ywPkUpZBAXS30R+UQsHOiGW77TqOcSxrHytgJ/5krbk4cPi+X"
    "wHg3+T55bJ/vuB/0+HfOES6kVO64SKRmNT+AaQqv6OWBjM9o480zMOBd/WyFXFhcKqvE6e"
    "8DEAg+6nVqchw6SYInJ9fdG8/NQIwFI/wcTPLgnSQYJskFur3fnnl3YPHjGs/ywMe+Wnn/"
    "jJJ35SiZ9TUioCtP1Sj4KYm/pYWzheRy1niUrI++jD42/OYjajdqG0jxCJwkwXqDNGE2QK"
    "HebiSOYzvU6GtsHGeU8MiIrgTS5M7s0GTO5NEpMr7g1W3r9aTmEezAcMEw3sqOItCENklT"
    "+4LX9QsnUL3mBQ/HBkUsjrCkbmX44Sk70VmV8xWKBGqoPj38rj3eihZ3PUmQtfw6OB/x+Z"
    "1JYp2mm1I++CRF/CYRLV4b9kjPFsAp9l83tqppWY7+IVeQpYRNHKhtIUvyNV5RGp5xEdsG"
    "/zDhNGvMmPsz2UbVz69K1d5FOdeg1KTkYfJHaKirIsDuDTKr0GsOiqLWuujHgJ1q3Vh823"
    "hxccquPX3lqD1i9NccVl/6biSr910/wIT7A5nd5an1r9j02Yzf+CQe+YM6X31P4vjtzsf8"
    "Jarxl4S1js1Wu9RyobvhOobrr9gXbR7HxqEDSJNWQdvj1cHnbT7PXb+Pec2o4hr/SbvQ9N"
    "cZyhQ+0JxTKWDx8HLfhs+NG/tuFhNpm6DL4ebOZ7A2j67U4ThoTtC/79sfmx18BzRaf2rd"
    "X8o9m5asE30RX4cgy+6qr1RwMUhMA++k3BGLDVqeDMJ+DC+2YPX3EHfBhTW4ze7H1u/oGD"
    "wPfM6ApH+ST48Rk+Ha/fCY7M4Pvx3qDbb7W0QbP5a1eAMQ6DDZTSewlVF87mOM+TzHGenc"
    "txHlc9nonAwI5KSZ1BBzJd/cTpNrmRCi0GsSFQeYTFjFtstc4WNCyB9/q2Uj7xbBAHuosp"
    "ecl3MJwGmmVYrN1LCqnSWsfisDpMw2F6g4CJ3277ubSIoozo3HDhLZhMS5w5HTEHD8fUqT"
    "NleTeLHYNaAb8LWkVxOqWFFMQ91sn/4C0gCxxy5q1w53n4Jz3Dg5hhCjLbGBH/BpFzUsRS"
    "MH6CYjYZ1fHWf5nNFRHpEdaYRpRRAcFetS6vm6LW0x8Bdr/fmu1Bu/MBiC67nSuteXPT6/"
    "6K5wLTJTVcFLDDQCS65jt9QCOewXHkNVk0+ktQrPpvUaqqyk4mf6k2LLRgY2RKr1ff1xZn"
    "CqPGhEk5Hou/1FhiY8MG286bK4X2tySlyuVTqvE9snCLMT6FtOJ8fs77OrCg1omRVRwvwf"
    "GsfP8B+5aBmaSQKsz5rSQ9tn4fREJbidLYILx13e188B+P18umpf8DGx9ZAJAcQeESgNq6"
    "56qHlquMalUVAdkCOd3ocMSIKiP81AGqLHGVs8TBfzHKHXsWpTwaKdf86YkOUDEX9JTkXl"
    "UHqJYNUlUHhNbYzqsDCmWFhL2HEYMflbJkPEq/P+zDFQVegkhvPaIS+nE7RQXFc2h8PmSn"
    "0oQ4lTejRgvJ6+HMmsEU+9gIAmLM4GsJDXJglqHYjkCq130gXE6G+OgvN60PdXLT+YA7y2"
    "9seJNMrNnJG6oaAoUVfp1kZ8zAR7nMciUjE3LYlHAepVMZdC7bd2Dr+L7HtLT5blF7tZHT"
    "KUwerlwZazwyNm+axF5rs8B8BW5etDvN3h/paM9FSiu0iz8GrWYcXTb+mzK9s88H8x5X2b"
    "Jciz+3rjl/+fqH1z++evs6UDHBlU2aJaXX7ZSev3lbCKMPKE5QU2wfIa7Ar2zWny745VuM"
    "RU2iKF110MtuDnpJumsJySXFVvCsjlDG/lEJLK/LHJ2puz6p45I60+4i1Z/zb9VzOHIjeF"
    "bjiwJV3+g66fDDqfmctDFjTHb8MxwyhQ8nwxU4UniWDaYX+fEjMrb5LHosnkjqM7mLzhfc"
    "SLhyu3vVrTWnK/jJDoHVgmmjE0JHIzFyQGszmHiOS7j1Tvw95fA+eC8qRXQfsSlhkJ6Fvc"
    "Exce7WuucI2crbIjCLjmQ4jWvhsK3WauD5IzEy79Or80UOrX7rG1zTqqRg37I46kTDYE3X"
    "Cgqj1/rnF7DcZDqgN0Z63mC/1cEyA/DGMa+/LXL6jdR8wvjRFTllveOuAidaHhWcZqBqcd"
    "R6uymaYhWlU7rRAF8f00MMVxQiiGbHCzwc2OQTLykbe3cw22kQ5TNBg6TxORglxrcigksh"
    "3aPsWoOL7y+7RSWIwjJQo5syaoRGofh67B2O+fBBrjxYiqFexngGwjffoIsq4YMDrqC4gZ"
    "GzpOiyE+xCJEovtxXsQ65rCnnA+hL93sVW846AEnRXUh5YOQ3isnjOVK995+Ghz1A+By+N"
    "Wmm7TxxKEXfG8FeIC0FreJUtQ1H6WFpiadQKZ0wq6TGF+ueDK11eFmnUlSzKykJa/vCppZ"
    "O6o7Tqbj7KJnVLyEordexRGq26Igg3U0s79cgDKw9vQ+M3Fj5AIkJ0HEIQ9pfX1k524Hyc"
    "JLZvCkcgz4QwNscU47RVVPGYooo2uzfYsqTgI6RHk2D9JNPoEZcsIeMQWSVfteUL/n6pZR"
    "ylPBop10RQktsesBEGnR6PZhyb9IVR5MVgC7t6KcQq4ySKu3pD6o6mJWSwpqrc7NJVoVXN"
    "0KFFEBiFw1VhKSRpFV4KMqiVUqpH1Kucroq69lrUlbUzb4HHFzBccz3aibI5xSLJweqQ+t"
    "gCp/sYcP7i5JrOx6Jx8vI/qYhzzXQwYbbA+BuBi134oynB+h3M8LW9t9vS0IJZsWHup2TG"
    "xoTzYHash5wHc+PhDFnMvf1eJJci9uBlnMr0Tz/Zs74+1Whi88X8+3XqKriCiHSzb/AOE9"
    "tgcocRmy8T+XS7es+tdXbH5i4muCxtw3WZVScOxypKvrRMTsFRNZeY7jox7plMgnGAxUTU"
    "6zyryiXVt3Wzc1JxVmjij4QQNjWGCxGpnE1XsvxpJzlzmbWS2WHU7EpJpbjsxY1AXQolA8"
    "qDYSdfoXylTn2OFQeouJ7LTQQfezzitZM+WulGb7YXfgzp2UV10tbKKl3uUrOYeg9IVGYo"
    "HpblR6dlhpNTJ4ZFlE+Dr8owswVyugFTZzGcoV1XKtQSoz2eYEu0Xgtcc7Bxizueqss/M9"
    "ZSoBA0pB+8ysBHHuwbKkZUYi482hfe6aG+XVsXLlPCc5U36pt81qFhYsq0xoNHc5x1FTps"
    "StDhVkbJ3Ob6YuS+E7nx4Bdi6SMuH5OPwL/EcxfFw464D07yjIltzwYBL1O2vV2959bC4w"
    "qwrNLSnefk65zZBte/+qN4fe+9zVmkMYmoq3yMnL0A9nOLyYsr5ub1XxMll34lZnWOljJ2"
    "TrabO7eNtPTJjZndPonShqiwOHFyexM8KFPyVhkZwVYiSyfEqspdyHIY83Q1MjOQiIeLNA"
    "Ni5X1lTzagFsU3lxHPjgsrj7BcNjgxw9syagUFE5zFcdP847Ooi42PeGs1LwftX1twZ+Qa"
    "9yxeE3tr9b/0b1qdK7zkLBwsjMGrl83OZetaPDhCfpkl62fP82Qzn2dnM58nspmF0Qi/Lk"
    "Uzcm4yamUUpYfI4i28gG5XIg6u7LmFV7d7HTH0L9pxIOnL54sWrDDBeXjIcDP0m9TRBeCl"
    "NcH+dqEXJTRa3M56R16QIRtzm4nNSPSwLrTxbA2Ckt+jgUqyC/u+cdqj8X2fZDopqNYpt0"
    "tAHBHCo5Ex4hve8hotbBsDgvbCQsdHTlsHFuCEWuQsWIC+M1X3G9QA8xczMZ70zII9Sxoj"
    "zxqE0dHUd53gjgMPLaewM4TcrBm33CncGLtM1smL0OGrl/A+WDgraY3in08DdkmZkYW1fo"
    "JO5ZwyWQIsZohw3uWso1g9FFpWB1P8MGtLqn2P8ngUApKIbhXcYhofj5/eghMYkVOqLihE"
    "uBeJbwGDWSPcFvvm+ovQcIi+YO/EeNKzFHiXkTMudUrTAd2yhc0yC5g3ZDgkKNUt2yyZ5P"
    "AmV5LDmw1JDm+SSQ7SES7YFShCdHJ83sGJjpJfJY4SChMezb72JJ0Zi7vGiBU3HRN0qpuO"
    "sFetzUffUZG/gpw5YEC68CoTPRbPe0GKZ+JgBzB1DmNa2myGnLAdzUnN6NpQLRInVBfW8b"
    "+VzDny0Y+oheQ1p46DVYyWTqbwn/yo5rabt/tua6n0hihtpRVV1ooBfF4mgSlGW0laaUlX"
    "iWpPMFFtMddLSj1KWUldFamnLHbv66sSaIUSL7yMhOLtDyN0lQCqEufjKHH25u0W2HuzHu"
    "lEuRtd44UrPyPtDEUuZ4qKKZBbLJJib9Y5PifC9d1nGPs8y0o0DvE0Z75xONUq3zkyHnKA"
    "0WYv401mjcTOb6njMS+izhSdc/JVPNn4Sfzfz42f5Cg/f02eBbqjd6Se3CJZ4O18Em8TCc"
    "Hh616jQS3tWJcqVVjNVOFjyNE6ohrA0z31RsmJHYJFUa9pBY9IiRBtJxa3C51SW+txqb+/"
    "c/CAlAZJ1+I5celYUnWuIvC3G4rA32YdnFJUKjGyUnLZY0xHHomSPL+mTgxRAMRsh1tiUy"
    "4lmF1U5+PHlICdQmQniDkdL8aUlhqEBWOavkgrA9qU7B4lVDvdvSZK5qT9ixFSi7sETHjj"
    "HitL1gcYSqNYZgM0vExQ/JHEWTI299q8GC5B54OcyWq85zNq33lmv6R8lm/x7iezXv6Akj"
    "2hI6RVXOgIlnHxjK4E4cklGu0koSvszOa33yOucWXBbwkUDmq8HwlZBmXlRyaEvIBlePap"
    "1ajOw4rTmtStYeSHwbcQev0w7NbnM+ZOxYHHQUE+1iFKK6AuMvWJKHYOOtiIemLvZbJENY"
    "m0bW/YqnecwuqovgEpw/8HW7DILhwiUblKu+QOfJ5rBz7fsAOfJ3dgwTJWyNYJkVRczsfl"
    "J9AgQvYaOBP1QSMYN1QplNOVq5pC7EhI4Cxp3ffvG748bq3P3c7g4/UfDVleaa5urT9azR"
    "5eWDFqm+WOgt56mwjZB6EgoLIm2iOY4u/ORbAUS36p367DIS69Y8TiXn8ileCPKl0yew0c"
    "Z+JclS75FKWelS5ZqpnfWk09MtvmCOV/kDSbJgOTMLUHvXenvsm7p+tnHnLqs9mwZWf6qX"
    "jSj8x2yPaR72EFGsWQ6hCJykZrWe/tzZs83tubN9neG96L2aGwqApw2Hv8BLm73871v/S7"
    "nQyrMrNzvW6MXPJ/xDQchbzkbYTSkBkRCyLRjj7eeT5mGuAAF2kRgH2C1X//P5gfytU="
)
