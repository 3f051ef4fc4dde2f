from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "events_webhook_cursor" (
    "name" VARCHAR(32) NOT NULL PRIMARY KEY,
    "event_id" BIGINT NOT NULL
);
COMMENT ON TABLE "events_webhook_cursor" IS 'How far the dispatcher has read the outbox (it looks back a window for late commits).';
        CREATE TABLE IF NOT EXISTS "events_webhook_endpoint" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "url" VARCHAR(2000) NOT NULL,
    "secret_salt" VARCHAR(64) NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "partner_id" BIGINT NOT NULL REFERENCES "identity_partner" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "events_webhook_endpoint" IS 'Where a partner wants its accounts'' changes POSTed. The signing secret is not stored: it';
        CREATE TABLE IF NOT EXISTS "events_webhook_delivery" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "event_id" BIGINT NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "delivered_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "endpoint_id" BIGINT NOT NULL REFERENCES "events_webhook_endpoint" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_events_webh_endpoin_0ba1aa" UNIQUE ("endpoint_id", "event_id")
);
COMMENT ON COLUMN "events_webhook_delivery"."event_id" IS 'ledger_account_event.id';
COMMENT ON COLUMN "events_webhook_delivery"."state" IS 'PENDING: pending\nDELIVERED: delivered\nFAILED: failed';
COMMENT ON TABLE "events_webhook_delivery" IS 'One event to one endpoint: created once, delivered at most once successfully.';
        CREATE TABLE IF NOT EXISTS "events_webhook_attempt" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "endpoint_id" BIGINT NOT NULL,
    "number" INT NOT NULL,
    "status_code" INT,
    "error" VARCHAR(500),
    "succeeded" BOOL NOT NULL,
    "duration_ms" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "delivery_id" BIGINT NOT NULL REFERENCES "events_webhook_delivery" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_events_webh_endpoin_682846" ON "events_webhook_attempt" ("endpoint_id");
COMMENT ON TABLE "events_webhook_attempt" IS 'One HTTP attempt of a delivery: the log partners and staff read.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "events_webhook_endpoint";
        DROP TABLE IF EXISTS "events_webhook_cursor";
        DROP TABLE IF EXISTS "events_webhook_delivery";
        DROP TABLE IF EXISTS "events_webhook_attempt";"""


MODELS_STATE = (
    "eJztXXtv27YW/yqE/1kL+AaN07SdNwxwErf1bWoHsbsNawaFtmhbiER6Ih3H2O13vyT1sJ"
    "625Mi2rHDAtpjioaRzSOqc33nw35pFdGTSk9ZoROaY1Zrg3xqGFuJ/RC/VQQ3OZqsLooHB"
    "oSn7mkifIFuDgb5Dymw4EkOOoUkRb9IRHdnGjBkE81Y8N03RSEa8o4Enq6Y5Nv6ZI42RCW"
    "JTZPML3//mzQbW0ROi4ud374aGLu414g9U+1v0mT1oYwOZeuhFnE6yXWPLmWy7MCYdzD7K"
    "vuIphtqImHMLr/rPlmxKsE9gOK81QRjZkCFxB2bPxWuJp3b54L2p8warLs6jB2h0NIZzkw"
    "XYMNRWbTVN6/YGWr890LRaDsaNCBZM549KJQMm4hH+83OjcXb2vvHm7N2H87fv359/ePOh"
    "LiTGr8Uvvf/hPMyKW85QkmedT53uQDwQ4ZJ1BC8afkgayKBDJSW04r4UToz/l1NoJ3Pf6x"
    "/hP3+xKP89bq8TgNewksBqNm4vgtpiChl44IMCMgburG+C0ZwyYvFpuYCmieR8ySAlCz5p"
    "JsITNuU/371dI4DfW7eXn1u3r969fR2WQte90pCXhDxW/CcLzrE8AvAJtpKAO8HXCGCvSy"
    "DE3NPGhwzc5b1S2Suvhfkr/5+DvV7//c3vWm0v3G28eZOBu7xXKnfltTB30RNDNoamlrSJ"
    "pzM5QlbITD7sXr77iUyXlCFLe0DLPJwOU1WN0T+/y8Dnn9+lsllcCnNZR0ODUc3inwoNE6"
    "ahpxFCujaykc7bExQVQkwEcTLzNw8WEciQj7arbcZv2YFU1mklvd61GNmi9B/TUVMiOkr3"
    "29eLNl8OUkq8k8FCqktAVXH4FuOnw+acstk8mJJNbtlopmEZLJ86H6XcrNgXxfU3FVDsAx"
    "IwCUVJptTaVeATqdmeY7a7G/sMYV08TK75HqdVM367Ge9xklCWOPEzCMEnVTLYctdxP6Nb"
    "LYUEYiWHZ8phi8UQp1VS2E4Kj8im4kFzsT9AVFq+1yjiY+MR4uy2hsgWuBqbImBCygB6RD"
    "grmnYQsViIQQGAxuXy336vmyyVIE1ELLoxYuB/wDTozsRT+3U8xyPBfDCcGyYzMD0Rt/1t"
    "V1jRGh4LHoX0Js9+fvW19WfUtL687l1IlvG9ZGLLUeQAF/H9SrBMgwnWwhW/wgwLpe5WAc"
    "qoaFzSE++P8oDS2bcu/oJ6D5vLmgOtrBHNoPO13R+0vt6E5HPVGrTFlYZsXUZaX0XhEH8Q"
    "8Edn8BmIn+CvXrcdFaPfb/BXTTwTnDPCLeeFBvUACuS1elwLST3kFsoKYYWIyux22BYtzA"
    "JinaaDWKcSxBLutfFDoovHYWCc5R+JjYwJ/oKWkvEd/oyQb/EJbHZ9jdf+QEfG8B/enPJa"
    "V/PVhgvfJxmeavz9+Vsjxwa85VP/tnPJvyyC0UM4elhAW9dCHBdXSINEWvy+8UtWw4q2QA"
    "wnkj/iRcRjh928bfmpTXcDt71PcVZfsOZ/vDd6hGsD/sEnczYkT01AMAI2WYAZ1wXcocBo"
    "CvGE0zkqAtJDFxcGn1FzBiZwRk+iykLBQyd4qL/XvBd2hOvpM45fOuC7Vm7qUrqpfXnlkk"
    "GQan+6dUWEcfxwV2UFcVyIV+XEcLygV3VFcWS4VxUFoQz63NhKmQx4jydrLfiwFp19rYXp"
    "1Drbep3xB8B0nAKirJNAhFCJIJcI1sArgajqZ+IrgVjuIxNEVoAlvA2kICxJ070A7g4CQ1"
    "WUvZE1XioEywUPE7CrFay4EbVaQZmb4aoWBpBS5OBDgCt6gCww4CJlTQ86ogBiHXhcowCj"
    "R2QDy3gCbEGAc7MEtKrQkTenU6RCUoeN3S9RHGgxEHp9Df5U/jDy/TE7UyD56ZpA8tN4IL"
    "lYPHn46/UvM39r1BKJJpS5W4NtQD7CjHC21gHCzF5mdJqH2H/WyMD9s0Yq88UlZbq9TF9s"
    "TItNVwVi+m1SgLVL+fHLLTIhSw5iqaxu+2OX2tKNgw76OmuC2hTtkkV/ckFHLahWZ3P8ce"
    "2aIZlOB9xBfO3mFxkK5P0S+hAyx4JgSYFhWXP5EMk+v0JGfYYGVS5rWvn5anJCJCsCbTy3"
    "YqZe2N3nEe8xeS8A4+dRDW7a3atO91PTm/Z3+KbXH7SveINEo+/w773Olfj9SAxd/G7/ed"
    "O5FQ3oaWbYDl59KD05mAAoHoZuoTuEKQvQHcqV2nokmkIm0JcPRcxHrucNl7k3yjjtVnvl"
    "ZuG+POAxwNr9wmMlE0ZWdCw+FQsAyLJAlT2MBoT/Zw9A5UFViB3ClM9Sptdp0bnU53xqM5"
    "f4SlMFFnlEFrf6hbZ7Dy1hDN2DsU0srvvK4Aw/no0R3uQ4p722uPZc9OBZqrrYiL+7iKdy"
    "ZqwQq9/CRcn7f3fiTLQwzu9dc1M9ky96pon4rYLwSqmcc0XUmhHG5b3MW4cggbRyKPROKm"
    "zYIoSRMk03JojmgkjjlGUGS7fkefEFeZzdM982s6JRbvXtI4iqWYlqKXEsi2C0lJ/prQz3"
    "4qe5qI61Lc7i0Zaa8/1O99N1W7v53Oq3m4ByXptIm00hRXc4GX3RVs3cgNb8awKJWV0TeE"
    "wwePPwGIzAR8icaRTxG+sJOH06ihmnrJB13jh9+/7th7N3b/1ty29Zt1vFd6a43pv9Gxyl"
    "3FHVtkp9gkNWxVbcLrCuWKl4vZPKYio9WqVHH/x7/SKB9URAJG8Cg6Ziq4tMr9paGknUSh"
    "hbC0PVCtiL8RCAXXPN9jBdhayGw/r0VK2GIms1pG7uBTC4egFtUQ4nfdAyMDqslShOZ+B0"
    "oiKXgdWpCcjK+x/jcfiDtdvUmPjnNSWuzYug9SIENsfRJkR9VkNeP/JWxJkZA/KAcC2pGo"
    "53rb7OqW/oCDODLTU4MzTm99/lySjKsV1Kx7bK7tltds/MRmPjKQ+HVxRl5nGNTkXmHyOA"
    "IdMEcg+hAM6gvdXpMjtwDYkn0qaQTvMwP0xVuTiNfTpTkxm8fwcq/wwaOcFxQQKIDSiiXn"
    "3aw0/oo4o3L2aLcdhPAVf8fgGtmw54QEsKLLgEmGTcZiqGmSvXSMriq1a2YggNhpRpc7qV"
    "3KO0R7P2X6RPzEaPXP3YRs5hSiXlMkuZMjge53Y6BKmUa60on4PkagEYYl+M841W2usQnI"
    "EhDPGy1b9sXbUPVV3n0j3btJaAhvnX6pnQsFGw++YqO6IUMyXYqYXjV795JY8pBffeYM1f"
    "Df23+9ei7oVNTBPpYLgUSd/cUhb9uJkxdAJlZyZkY2JbCVV3dnknBd2VeO+qr4HuLDI0zF"
    "zg3YqivMhG7c3PT94/Wxnep1kM79N0w/tUnaO7zywfE+LJnO/syRzeHJEfpN8jx8cwL6b0"
    "sSUGusPtbhOgrTClLOWP0qsfqeJHCk4Q7gVHG8gf9RSiK3HUU01qOK7Os5gSioCF5MldbG"
    "pQ4ClLwKC/yNEB14RCWtFPsqhhxgVaBivGfdkC7Jib1UgvT5aZwylCKyF3OEXwZA8H305Y"
    "iDnKi3k2Tn/lrDiy3fYgZcaibFtjPQY4m8OI1ALeIxVZ8fLMs6p6/ksTv608/Hvx8CszIZ"
    "311TUTShRtUDapH4mUMzmjlHP5pUhaOZdfgpR94yN3Qm2YULmYiwJngj7FZ6IzQW/mkYki"
    "czpQeBqWyc/sYWNJ9chXsFkGgCAA12U6yoXYE4gNKmEgwKaQAc4/NBHSp45HuM3QENpNYD"
    "CBdtHwSSzSGbzCypIPddnFPRRyUeIdq74GuSi/w3Nv5vROXJ6VL0D2tS1evjtoAr4ZiAPM"
    "2R3+3Bu0r5tgShgy73Crc3vd6babABq2aWB0hzvd/rfb9i3fYDCd28i+w/3WdbuvtT61xU"
    "AUmsKm5C/Ix7podb9oF7et7uXnJhhC/KANbc6t6TZO1eJxKYM/54gZj0lJj4SYCOKUTSxI"
    "F5HvkBPuSsDeBrdf1fqi17sOadUXnchG1f329aLNeS9ZzzsZLLR/KYTq5SFUMT07i5vN10"
    "qK8bOVxsAthXM0/GFDy2cy2dWkvzh1ko9ssWXiUUrIcR4m5Yk23luqFpPTy4825XNLvmlT"
    "zLgl4NvQaAoI34gc62LVyyulV1I3cWBCpht+7nTNbvt5hcAzBRn7rHIz4OrANCz+MdRl9q"
    "04SmpE+EYOXnH+8z9sx4gTT0pfC3NtASmYcLUCJwYWFzu6svmUzXd8G7eqA1BUHQCZoFui"
    "KgD8eXJHCARpVHzAxvgA5/sQZ3B6Bd0VRTnq54r7Va5+btLJWGtOFAhRlXrDEToJV5mItH"
    "m4cUPnXFcxttpvVLCMgiJUir7yr6soCiXlkuTIlG7XLkMMxSESXMomiD1lp+wSS+tzUXXw"
    "pTi8KgFLC1ytZ8LSKCfQDKx5p2FlAdMIRv8R+ysQRICKcyOHS9D/2m9y03XGAOTWqzBiuU"
    "opTMA6eISmoXOyER/OATi5wWszIHfrBDyt+BsoSK3Em1Z9DaR2+Pz8+JZ1OOCh+Lx8scJy"
    "gzshojLbuaXBdyBjyJqxPIerBUn2pwW92e1uUtiZagoj2KTkVMKIUBk0L0LMW8I+x4j41I"
    "TGLcBWpxBVXVSUstHMhCOU8WjXYxd8jvijnRpSfgBIkh0VjA7JYkbJum5zmr/s2ZQAMSOo"
    "NyFk9AelC2LrzWigkbyLnDHBEJFX9+7f96/XVT0r/kbKqDpSowpZ0DDzKPw+QeVcuY3zLL"
    "o+75Uem34e0/ZVHMhuY/+9fSu34RojVBzPxnGbpIEwm7MtPNo9FpZzYuyIXcupm/X+6Irs"
    "CVkS9A63rr52uk0AdcvAd7h3075tDXrisju6yKG4/KL1Pn7sXLZFDsXoQSPjsTFCd7j/7e"
    "amdytyLuazGSlLJI/KqthzVsX6woxpzuwjKcYog0jE4uC6offQbny8QV29U9xK6JHbFWvM"
    "clp5+lnlsZPKx1yL4Raj6/PIA8YlUJYWk6stbIInvnIvFX4IbG6B5VFRC0PqTDISLvs5N5"
    "QSdM4NcR0R2qOx8l8kiqMw2fRFVd24rerXQt1HXs6LDRGpkAz3FF0SKd73zGTB4FmnR7ap"
    "HiSX7RLOJ1PWt5ylFi126l+sr4ONMWHGeKmNZG+Nut1VedMXB8Sq6JbdRrcw9JSgiw54az"
    "J3vf6VgAXX6ZjtPwch9TKWNOOrmNe97ievezSTRoVkvEz1vyQe3NZcN1gbMzsxrTxwde3H"
    "GIp+GvI77vIz/L0mk67EffiHlF/8XvPTwYONYQ3Ra+XL42/1IS/lhzz/nndse11tMUVYxg"
    "msChhwA8pmLyVsJRTO6a3irGqbT1BmzcIpqyIPwKuDQJENt+XkJBZecqBgWsFMLe+h6WGq"
    "MsthW/W5cHehw7K80Qxhqgoy+iyTh/1sjYf9LCmmoeowarDSlvAm40kdGGMA8bJsEGlQLi"
    "H9LOsSCBFVcAXspLqLgWfzBDUqvQSGT1COChjitnkrYDg+dHsyt7gBQuuAIm4LMwosSB8K"
    "UKx2UhyDXxKvlmM5rCjKvBakLOh8NEKUAvGEP1FZokvGwYpryLaJ8Ah4uZKlWDX63NlpNC"
    "tPPEOEqkpZ1s8KXCgJsvEHGk4JeWg5KWC1BHQj0qO+DuFAj2Jz0RYOiQYDNBsD1XsYgc+D"
    "wQ1wqQDhX2zAb2E8InvpBI6bZOJ92J1K5tKOEC41PR6QXsSAyt9xpDAJwvqM8EfKreVGCH"
    "e1X1VVIoHQ9LkobpvjS7EiUB+JBH7ynYnNqV8+ISNTI1QlttoOxlipbOVRMn2CrXTMsnEz"
    "pDieZ1Icz9cojudxxVFqukhHSTvxuljwEN0eY8EP4yktMBZcaeqqGIDyPBcXeOrZDLmVyQ"
    "hhlZbUYeNHPcbGxZE7gNS1b68CIx6ZRLJGg0ZmY6mKjblSuJzblCTmyYc71HOgEKMVyUYQ"
    "4jNZ8EsOCKcbdAbZiJv9ovaXxAQcr/ScDckTeGUwYPLxqUzHAxAsuPgFObGByScPGBHLMh"
    "hNSJXf2V2eAVccNpO4RHnaZ40sLrdGuset8XoTNiHmZ35gIkBV2oywY/iKHHSD8z8z6Vtc"
    "8EuUeZMLfhCzYa1yAHESABE/XNSrCVw91S1x6A7Lf0MGLK5VyXbPdzHmr7hMBl4LHT1hW/"
    "seBer85fG3AmjLsvSqsglu4eEzkT5BtuYeu6rJ5z4xMvpZDwPYCqhw69ILPvEe88hnfAsQ"
    "bMwpmpt296rT/dQELv0dvmpfd35v37avmqst6Q5/bHWuRZOTkb2VG7b4OClV3bFYQMeX9x"
    "aQTpRW5YyXOZJWQXfpi6q60F3Z/cAvD7rzGFscdNcOjHhkEskK3UVmYxmhO18K6ZZtUFCZ"
    "LdvgfNls2f7B7UO0yr0HC8jHAgb/11XF6U9AHHE+QRTc9PoDpJ+AgYjG4xOPC8oNiwQGBZ"
    "gwQBmfknoz4byqnd3oDvMmHdlcs9DB2CaWc6onsh+dSgIO2QNaynCle+e3RqHJ7sGre5ff"
    "DgtPXBZSVUWz/DtmfY2tPLdz1dB0u5c5AnZLbLbxJmvJwbU1B+MRCqtVlIfREbIKMrz4lC"
    "pVGHDPwSDK7kmf69W1e9SZaOWyetSZaJU4E63FFfPRtJZUBMK5staygas+pSnB9FJU+Gci"
    "xunKObfLaM6kzQBJBXXGxvl5Fh39/HxNofvzmOODL6ocHHa7V5C7O0nt43dkKAmSS0+JDZ"
    "DsPyn2MC6PwnJcDxqS8uP/Pn7Y2g=="
)
