from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
COMMENT ON TABLE "wallet_topup_event" IS 'One exchange with the bank about a top-up, as it happened; never changed.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "wallet_topup";
        DROP TABLE IF EXISTS "wallet_topup_event";"""


MODELS_STATE = (
    "eJztXetz27ay/1cw+pJkRs0kfiSp0umMYiuNbhzZx1ba3hN3GEiEJB6ThEqQVjTn9n+/AP"
    "gQ3wZpSoJonA89MckFqV1gsfvbB/7bsbCOTPKyP51iz3Y7PfDfjg0tRP+RvtUFHbhcbm6w"
    "Cy6cmPxZE+lz5Ggw9uyEuA6csiFn0CSIXtIRmTrG0jWwTa/anmmyi3hKHzTs+eaSZxt/e0"
    "hz8Ry5C+TQG9/+opcNW0c/EGF/fgtfaOjsXVP6QZ2/2DPLO21mIFNP/BD/IX5dc9dLfu2D"
    "MR/a7kf+LPuKiTbFpmfZm+eXa3eB7YjA8H/WHNnIgS5ib3Adj/0s9tUBH8Jf6v+CzSP+p8"
    "dodDSDnunG2DDRNtc6mja6HGs3g7GmdSowboptxnT6qYQzYM4+4aefj46Oj98evTp+8+70"
    "5O3b03ev3nWZxOi97K23//gfs+GWPxTn2fC34WjMPghTyfqCZxf+4TTQhT4Vl9CG+1w4Gf"
    "6fLaCTz/3w+RT/6Q9L8z/kdpkAwgsbCWxmY30RdFYL6II7OijAMxDM+h6YesTFFp2WK2ia"
    "iM8XASlZ8IdmInvuLuifb05KBPB7//rsU//6+ZuTF0kpjII7R/wWk8eG/3hFOVZFABFBLQ"
    "kEE7xEADtdAgnmvj56J8Bd+lQhe/m9JH/5/1dgb/j87uZ3p7MT7h69eiXAXfpUIXf5vSR3"
    "0Q8XOTY0tTwlXszkFFkjM3m/unz7E5msiYss7Q6tq3A6SdU2Rv/8RoDPP78pZDO7leSyji"
    "aGSzSLbhWajV0N/ZgipGtTB+n0eo6hgrGJoJ3P/IcHSwlkQkfblpqJrmxBKmVWyeXlBRvZ"
    "IuRv0zdTUjbK6OuXDwO6HLiU6EOGmzBdYqaKz7cMP302V5TNw4Mp2VSWjWYaluFWM+fTlA"
    "8b9k1x/VULDPuYBExMUJ4rVboKIiI12yvM9kCxL5Gts4+pNN+ztGrG15vxIScxcXMnvoAQ"
    "IlIlg5paJ9hGay2FHGIlh0fKocZiyNIqKdSTwj1yCPvQSuyPEUnL9w5BdGx7iii7rQlyGK"
    "7mLhAwIXEBuke2KJq2F7FYyIUMAM3K5X9uLkf5UonTpMSiG1MX/B8wDbI18XR+mXn2lDEf"
    "TDzDdA2bvGSv/XVbWFEJjxmPEnZT6D8//9L/M+1an11cfuAso7pk7vBR+AAfsvqKsUyDOd"
    "7COb3jGhYq1FYxyrRoAtKX4T/kAaXFVRf9gfqlba47PrRSIprx8MvgZtz/cpWQz3l/PGB3"
    "jvjVderq8zQcEg0C/hiOPwH2J/j35WiQFmP03PjfHfZN0HMx9ZxXGtRjKFB4NeRaQuqJsJ"
    "AohJUgkjnsUBctFAGxXheDWK85iMXCa7O73BCPz8Asyz9iBxlz+zNac8YP6TdCquJz2BzE"
    "Gi+igQ6M4f+Ecyq8upmvDlxFMcnkVKO/n/5q5PuA13TqXw/P6M7CGD2B07sVdHQtwXF2Bx"
    "/h1JXo2eStmHhwHmISUF3aaIzpf66RCd18KyEUDhbZjR6O/0ghGM5l68hK8dKCNpzzr2TD"
    "MeJkFHzALZHiKPkgtFREQ+VaZNs8GDDvjKk9hD13gn/0ALYRcPAKLKmpFAwFpgtozymdb0"
    "EhPXFzZVCZei6YwyV5mbalGh46J4D/rRP+YH/uh+aeH7aPhfZVFF/KKH4kr0oyiFPtzvVo"
    "iTAOHw1srSAOCxBsnRgOFxNsrygODBZsoyAU3lEZepIJ3wh5UgpwJK1o8bWWpFPrrPY6ox"
    "9gk1kBxlQmgRShEkElEZSgT7Gk80fCT7FU9wMThCj+lFQDBQBU3nRvgLvj2FAtZW9qjW8X"
    "4KuIYAXYag52tUFdH0StNkjvw3BV3waQEOTjQ4AaegCvbEBF6vZC6IgAaOsg5BoBNrpHDr"
    "CMH8BdYeC/LAetanTkh6tNCiGp/ZY2SJQm20yEoVuCP8mfZb87Zgvl2b8uybN/nc2zZ4un"
    "Cn/D52Xmb4dYrA6HuIFqcAxIR1hiytYuQLbrrNOaRYT9x0cC3D8+KmQ+u6Vct6cZqs5Ysc"
    "WmQMa+zcs/Dyg/fn44etc+2/afbVpLVz46GNmsOWZT+hER+ykAHbW4WS0W+KPWtYt4tSEI"
    "Bomsm/c8Uyr8i9lDyJwxgjUBhmV5/CPyY36NjPoIC0oub1rF+Tp8QuQbAgPbszKuXjLcFx"
    "LvsLYxBuNXMQ2uBqPz4ei3Xjjtb+2ry5vx4Jxe4Gj0rf375fCc/X2PDZ39PfjzanjNLqAf"
    "S8Px8ep92cnx+kj2MaSG7ZCkbMB2kKvy90AsBSHQlw6FzXtq503WlRVllraWrpQsrUcK4D"
    "HG2t3CY5IJQxQdy07FBgAyEagyzHHbAVC5VxNiizDlo4zpMiu6kvlczWymEt9YqsDC98ii"
    "Xj+zdr9DizlD38HMwRa1fXlyRpTP5mJ6yQ9Oh9ey1nPTg4s0vXEQ/e0sn8qfsUys0RUqSv"
    "r8Nz/PREvi/OG9oBI2/2bomrC/VRKelMY5NUStJXapvNdV2zTkkLYOhd5KAxKHpTASV9ON"
    "OSKVINIspcxgaU2eN9+vyNee1dTMhkaF1etnELWzUdea41gWttGab9O1HPfmpzlrHlYXZw"
    "lppeb8zXD028VAu/rUvxn0AKG8NpG2XECCbu189EXbXKYOtBbdY0jM5h7DY+LJm/vHYBg+"
    "gj1XI4i+WM/B6YtRzCxli7zzo9cnb0/eHb85idRWdKVMW2U1U9buFd+D05RbamrXqi044V"
    "XU4naDbdek4vVWGq+p6nFVPb73/fpJAuu5gEjVAgZN5VY3WV5VWxp51EoYtYWhWinsxHmI"
    "wa6VZnuSrkVew35jeqqVRZOtLAqVewMMbl9CW5rDeRuaAKOTVonitACncw05AVYXFiCr6H"
    "+Gx8kNa1e9b8K3FuS1Ve+Ck5P12Q55Ve6IszTG+A7ZnbxuOOG9bllQ39CR7RruWoNLQ3Oj"
    "57d5cIwKbEsZ2FbVPdut7lk6aGb8qMLhDYXMPO6QBav8czFwkWkCrkMIgEvo1Dp8ZwuhIf"
    "ZF2gKSRRXmJ6lal6exy2BqPoN3H0Cl26BRERxnJAA7gCAStu/d/4Q+qHzzZlSMz34CqOH3"
    "HvSvhuAOrQmw4BrYWFDNtAwzV6GRgsXXrmrFBBoMiat5pJbc07QHs/afZEzMQffU/Kgj5y"
    "SlkrLMUiYunM0qBx3iVCq01lTMgXO1AQzxho3zlbQ66hCfgQkM8ax/c9Y/H+yru84HaN+V"
    "HKIcv90VwsQmlKLSecqdfnT+7DMCGHlUczJZg5sFmkDgt2/ubvrmLLCp8+fZ974HU+py/o"
    "Q9emOOAaaGDHWp0xbutt5za98jx6Ds1lkH6pJG0tEpu0EnafZG1UZaHk3XLQH6fGFlBFBy"
    "vGhIIDUMNbzm7aaOToBuzIPTHStXr4j46kfFvvpRxlf3F51WFVxNkcnMeJkKhULtVcNwTp"
    "Eqy1lmy1nhH8WrrL34R8roqJAjmiRUXlNTXlPI2AYcp7PYUAcmCuEMl+Q0lMl1irif4zfF"
    "JSPgNMXnhIjDtEQOwbbvpkSNQ5/jFZ0C4Hs4WO8XQ//1+wvWMtDBpkn9E+rnQMCCjOw57L"
    "C/WY3h0oTuDDtWTsPSbb5JZT1IrMDKnCELTwyzkmm+oZA3KNx59fOP8H+1YpavRWKWr4tj"
    "lq/Tlrn82SWdiqFhmfyewypkZjeNe0P3oFmR5x1ogw0xU8YQmGhO/xno9ucQTLG1hPb6Ra"
    "1533ys3oKGWWXiRwTtK9w8OhVJOqFPFU/900zaic1zRaFZsUgmRdYIs7eiyV+/+onjWSD8"
    "YjA8581C4yuhSzV2wWPhepBjGzChPfeoCVpXWcXpd6iwZrCqovrYZwPd2oNRD6BaeUMiLa"
    "6LO1yrBtcKMqFDBG5L9cq2BJ3ElW0d7ooFztlqgQkCFuKH17sLg0RRMmCQ93x0QF22hPv2"
    "jB9cIbhAZcBcgh/bAORytRnp6clSuGQmsRIql8xs5BYPJj+yj3wqkn1g6raw+CWRGxNkfD"
    "6OUSF0dbNJ320js1y81LzlI3k1xsuvyzZxqGa12oqdV9LIYe1/RCNJoV53Xp2WXn0l2HJs"
    "gVaAmLVYWr4qWXt64G1bS6rqlq2p0qldsLn50inlmxezvr2+uURlXLJJ/UCkLJSrpKp2no"
    "qkVdXOU5CyykKTDRFVWWidCoCmxFloISCdAxTEsGoBgCCGkQudkY2dObQNwvEc4C6gCyj/"
    "0JxJn/j5YgMXTaDTA4bLIGaSPOKap4ptAOr807K38Q6FXEissbolyIX86VCHXQhyWAlRNU"
    "JlXwbsx4/GPUCVwXQBbffW/nQ5Hlz0wAK7yLy1+8Pri+Fo0APQcEzDRrf2cHTz9XpwTRWM"
    "TTwHObf2Tf9icKP1fxuwgQg0mU9JfyAd60N/9Fn7cN0fnX3q8QJDbeJQbi0EA6VbxqUM+p"
    "1T17jP6yaHsYmgXaDE4nQp+U4o4bYEHCq43ZrWHy4vLxJW9YdhSlGNvn75MKC856ynDxlu"
    "Qn8phOrpIVQZO1skth1ZJc2Ea6VxcKXISEhubGj9SCYHlvRn/wC6A1tsYrkD+b0cqjCpSh"
    "uHnfXAcvn0impR6Nziv7THZtwaUDU0XQSF/My72DwVnlGyq1h6Pa+PTchixy+YruK+X3jC"
    "olAJUsSqoLVYF5iGRTdDnbc1pOuZTDFV5OA55T/9h+M7cexLyQvmrq0gAXNqVti5ZUfNjq"
    "58PuXzHZ7iVg1Wm2qwyjsfStRelX5P5QyBOI3KD3gwP8DfH7IMLj6abEMhx8Fk7H2tO5hs"
    "Uun05ySV1AqH2STUZMLc56HODfGorWLU0jcqWUZBEar3qYqvqywKJWVJCtOk09oy5FDso6"
    "pMNkHsqCRsm1jaDRXV0D6jf3RysLTY3a4QlkYogWbYlCUBiQCYhm30E9OvgBEBgoKepF9u"
    "etR1XboAUu+VObHUpGQuYBfcQ9Ng/UandDgf4KQOr+MCrq1z8LTmX6AgNYmVVrcEUtt/95"
    "6sytof8NB8uwa2wiqDOwkimf1cafAd6LrIWuZVBRfqkTjJ7qygV9vVJkevT96evDt+cxIp"
    "kehKme5Q6QpP1IlQFTRPQsw1YZ9DRHw6zOJmYKvfprLLWpw5aGnCKdLF4NdDF3yF/KOtOl"
    "JRAkieHxXPDhFxo/iBGR6p3hR1gQGbESScEDz7g5AVdvReOtGIv6ULUikiz78H//7+oqwn"
    "avMvUk7VgTpVO25ZKJkIdtGxUOWBbDP3P9RblR3XDKHiuBjHHVwEwjxcbRHS7rCbo59jh5"
    "1ORdvs8o8Rq57gDcNv7f75l+GoB6BuGfatfXk1uO6PL9ntYHRWQ3H2Wbv8+HF4NmA1FNM7"
    "Dc9mxhTd2jdfr64ur1nNhbdcYlkyeVRVxY6rKsq7oRYFsw+kAypPImGLg9qG4UcH+fEGCe"
    "xO9ipmR9brkPpOYAG8K5z/79LTf0atGOoxBjGPKmBcDqW0mFxn5WB7Hhn33OCHwKEeWBUT"
    "tTGkzsRTFrL3qKOUY3M+kNeRoj0YL/9JojgKky1eVO3N22p/A+Jd1OU82RSRFslwR9klqe"
    "Z9jywW7C+NMRvmAJXqXmrZzqA3X7g3lr/U0s1Oo5vdMtjYxq4xW2tT/rRGgsdVe9MnB8Sq"
    "7JbtZre46EeOLTqmV/O5Gz7fCliwzMYc/DlOmJeZopnIxLy4HP0WPp6upFEpGU/T/Jckgj"
    "tgUakviBDIlXlmN07cF9mQeZhLs2IUDwZyL20EOFmXmpBT7Oh+aJ9BY5TSJtAvk8MzsGJm"
    "Jd3yCa+04h2/eGYrnLnIYcwg/BxK26/Lep+J5G7tTbe24RKWTgues8E4IbV7beh6DuTVqC"
    "+ABe8Q8SvZKY/97wATBFaO4brI5qm3gjHhb6x7g+txAVBr4i9lmkhpmgTNFSrU+7YzPryN"
    "aNpeG4w+7HC3dbLHHWe2w9FNMMd5Lut6H6eS99zSDssbXtNtAPnbQ9TEaAGpWscgyuaQIl"
    "nicEJku1M6IlwWPxiQ5ZGblBeV5nqMpoUc3kIHB2/yHzTNcX2KeRwjaSGLj4V2zuOSnfM4"
    "u3NOsJ5jlhQ79OHzreDvrh36jZ1eJ+1nQ73DnZI+6qFwGgjvl//6Ovg6OO8Bn/rWvvG7pf"
    "I2qR/7wwt2z88AoPc+D6+u2AVyZyyXojnb207sUfVFTWctsI4SyHFwTjSsWN0kqeS1EKVV"
    "OQpDLJ7h7cIQk0eB2m4NkcfIVGKQbIlBkmDEfU833IHtOrmtR2N3u2X4MGTPaSh6cJuh2m"
    "8dDsuG8GgXfOtELUPjF5NZBOFVuhwUoionolpdwR3aXtaJIKdNk1vqBjjuUyltTJjk4SoW"
    "hQMiApmdVb/1du8XQ/+1C2KNmIMrL19mShD3A8dwZmrFh4SUiEA7hONB6qZYNO95cpZVrX"
    "hLUrWQ0VtBv9qfahs/jYEFtO15FxgzAO21oFrZSzgpYZ+JLoEEUQtXwFY6gBv20ssxo4rb"
    "JEcEcnRJZq+t2iXZr7Ny5p5FHRDSBQRNHeQSYEFy14BhtZUGyvQW+2kVlsOGQua1wGVBvO"
    "kUEQLYF/JEGQvxXgnsHgf/6MWwn54Uq0b3fE2jWVUA4hRVmzpxPgomlgTZ+ANNFhjf9X0Y"
    "v5ODbqSe6JYhHOieKRdt5ZNoMEYjlAP3aTy+AgEVy0GDgL7CuEfO2m8uYuJ5uLH7p11yP4"
    "KVXejZpiVNDKhy4g8UJkG2vsT0kypbuSnCbemrtkok1r7EYwegVdgpNgRqk8jhpx8Jj1rs"
    "CjI1RSWx17Y3xhbEZ0v6GD0qNCsbNxOG46mQ4XhaYjieZg1HbukiHeVp4rJ+IQm6HfYL2U"
    "88rsF+IcpSVw1jVWZBc5kFoc9Q2ZhMEbZpSe23x0DI2Kw4KjcZCPzb89iIByYR0Y4Bqdko"
    "1YEUgRTOPIfg3F6qyQe6FVCI6YbkQRDiE17RWz4IpxtkCd3pIih5YOrNj0p77gT/AM8NF5"
    "h0fMJbtgEIVlT8jBw7gOW8gym2LMMlOe1Ut/aWR8AV++02KVGt1rFI3cRxceHEcVA5UYJN"
    "sPlZHZiIUbUm03Yfu8heFVy0zRSruPhOJKzk4huiYL0xG4CdFovZHwHq1QOBnRocgxMMS/"
    "+GLrCoVcWvh7GLGf2J63zgtdHRc9TatzRQFy2PvxRAK8vSa4sSrBHhM5E+R44Gp1Ps0S/m"
    "3/3SEK3z2Atgy6DC2u15I+IdlissqQpgbKwomqvB6Hw4+q0HAvpb+3xwMfx9cM3qcSKVlK"
    "7ZqRWGVRU6sgM6kbxrQDppWlU+IHMmrYLuihdVe6E72ePATw+6CxnbHHQ3iI14YBIRhe5S"
    "s1FG6C6SQrFnGxeUsGcbny8Pe7Z/UP8QbfqzghWkYwHWmiowxckzMF1Ae44IuLq8GSP9JR"
    "izbDw68aiggrRIYLAWJy4gLp2Seo/SZ5zcbb3o1qaXdORQy0IHMwdbfr8s5Nz73WZ9MtZn"
    "i6Urfff/1gg03e/g+feA3z4LXwYsJOqkJfk1ZrfEV/acSucsBY/LnAFbE5s9eiXaSKu0k1"
    "Y2Q2GziqowOkXWQoY3X1KlDo/ZcTKI8nuK53p7/Z49FnlJJ2UZvJ59HIogmyBEnZ1Hnmyw"
    "TV/nAuf6N+xyqU+zgib9CZqJBd2YPiDU6kB+yYJPzMqBqI9guD16yQ8vhK6Gf9iEBdfcl5"
    "hjYKM5ZHvlS9APqHlyAbYz1UTbe9OtvYSGDuhPfg/4sRhzh7pI7D1L6tVg9kuhGbyIuUGQ"
    "PcpuMx8Kr+xucL6sDfgh3IWRQOXCyKL+ylyY4hr6h2NLh1BJ37nqD897gE35W/vq+vLL5X"
    "h4Oepf9OKzXY4YUtt6MndiPcZ7gRLijSR6XAEFJZVc+zzjHcrriUGoovJNSUXlm4zbyRUb"
    "IjVM8yTlwQSeOnHVT9U94WclicnjQIxzoViUL746PlmS8nAEH/X08Tdz8B88AWSFlm4Ott"
    "p++SufvFjtttcnD5yAqoZogkx55LXzm8JcrKr8T9I1I4An4hGUACL+rG4iCBwNdGCrQBQO"
    "Saz/R5zzSFi+m8bAlUce9njDBmIwVIuYnnPaY0ZzZLl2aaMxpv8RnKr9zTgHpTBEZ2pSU4"
    "pM1UeBcXwednLgOP9GVwCQI9GTApDcEq5Z8yQ/Kh+CZV12CpZ/4hX90/E9zPccxOJLjTf2"
    "CXqN8AQBoDtoxcfIZs5v6R0KNZN4j+yWoWYtg2pqRqG3Ar5AK1+nl5qCEY2yw2vb4ewArJ"
    "qmeIZUZjHwLm+Z8AmKVPzKr5ASRCP3IiqFUxQLpL04hYNmHmVqHbGnSA8Gn3ySFREKj1KA"
    "iExi2DUgoqAQUSikYZ+dM6zIbw+5Kea7czxLyIEv5ktuebk/uj/HqFetKsul0qPdEqdZOX"
    "b7cuzYAfKzGkmnKUIlgtoiCDRVJe5vaBTjazM+vl2Isz5OpZjflCUdgfqPNKSjMMKBCUHU"
    "jo7PvoQZfda/OeufDzpp1dIAT4NM6ZZydKNKpcpaDzzCvMLcyFd80Nze+KcisbKpR1xs8V"
    "hVmOJt815QPiDqB68cvGKZ337ganrnJ5djR2fN+NnFKB2dz1SSFy/b2ntUzExi5V9m/vuC"
    "rxI221DssHnR8Pq6sy05bDmBXEUFilnf3qhAqGkrG7kpQpVAt53mlQlL7ZGwZrustKyj1g"
    "Tq2yYGlSW/hcs3y7KK2W9nsYEOarmLWv8pRZfvUjVn1Y/x8uuyk2PU+zdEbHoXL72lmEnP"
    "mrqGmQvuwsHefAEgmED7DsypIFdwTS1vF9NrMZPcf01+h9jHDJaL2KfYb+jIWmIX2dM1O1"
    "rYP9g8GJ3dd9AMOYjN2DSu/y04NYe/aamHFos6EV1Ogz8m0zrVpTFyqQtMb/pf+qMeIJAq"
    "hFv7y+Dioj/uAQvRDxGsoNp6c9LWBl46jkFHAfyoVNZ6X5Dfe2vj6+UYOOJ9fL28XrHb9I"
    "UDt7CiP9w5ux5Qv+g86ip+a18PzofXgzN+kaFBDpry678Procf/5c3/b1HjjFb87a/Z+zx"
    "cADd4E+e9UdndGnxi4xBdMvJtAK+tQd/Xg15u+CgHJO9mb7jxn8vfQWRpWEwR7kqu2xxKo"
    "mPjOMZlvxbqRXBAD68/MlbMsuChAd+g+fP6FVAr7J2efTOsxcyL9600ZK7iouMigyp1PsZ"
    "r2cwDRRW5XeB/0awpOKMOx1SHH7s4jtU6WD2iGCHerSqAr1htsQztm7ot3bBF25L0L+v0W"
    "xYS38dibbnK+vOl2Z9qMiz3C8+sD1Oc8Bntq94k1G+UoIFQb0g1gSUnaXhOVQeFnWAsN4F"
    "gWEsJLMSEW3pGPfQ06qwfhJEEh+0yfUY81zpugkUWPTprJtRPOP/ebjg6AIbeVZsxd1AE1"
    "2HZENddI/agd6jj1WSW0Qgr96rG0jZBn+nDAYyIXFPqjA5SSUvpzvsG6nD5DlAN+a8sdcs"
    "KGR0qNKyMTXb7DmwsJNpTCYiEZHmpMW9STOtSblrYDCwp4Yjm0Mss+W8YiHwUHWB8ONlNo"
    "2Z7+U5qOAA7OK1kqaTd7XU1EvN9+gNWUbdaoIrWb1Zytax+1hoGzgu2QaOc7YBDkBotTNo"
    "8+klVkBSYswqxeFppzjEgj0VpZ6kVFKXReo5dZCZjIAptpYsTFtrtadoVcGrPIKWPYVp3y"
    "tahlT94uSSypnlj0kvkWONPSrBpFrpq39AUM4iqJAFxdNMBmygFrF8q8WvMY4Vpe1E/BTL"
    "3fEPluXPix36/MM/k8rvrR75/3CCPRfAIIDWBZA3kVrQb6BS1d8Dm8U0g+Os9IIDn5saWS"
    "XeS6zKu+AJt3gfX34ejHp+tIxlClxcfOiffe7xrmxMQYR5BmGSQZQVECUF3NrD0b++Dq/p"
    "I4b9t2c46zALIcxBCHMLwtSCWoGA5jP+K2Ju8mNt8bANtMmKKaHgo/ePvxHPsqBTKfofI5"
    "GY6Rx1ZhFMP5OKpWT4zEd6F0wcA81Eu8EnRXAqhMmdlmByp1lMrro3qLx/uZxCEcyHGiYa"
    "taOqd6KLkSl/sCl/0GdrA95glAN/YFIQdQUT80+g0mBntcZ9avpMF50c/ya4U+rbwM0zjf"
    "bzeYwH8VTch6PXJ29P3h2/OYkWfHSlbJ0/7Bgw09eoFkeMkcjsEtQMIR6dnoqkyZ2eFqfJ"
    "sXspc2WZozeLORw83kLubidPB9suyssJKc5BjJHsPgVxPxGBxtIHK9S9Nr+Z/fP/IqVhOw"
    "=="
)
