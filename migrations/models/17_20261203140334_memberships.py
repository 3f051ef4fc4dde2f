from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    # One person, many memberships: a customer becomes a person's membership of a partner (or
    # of the platform), and the mobile number and national ID that were unique per customer
    # are unique per person. Every customer so far is its own person, with the customer's
    # mobile and national ID, and a confirmed membership (confirmed when it was made). The
    # customer keeps its national ID as the membership's own record. A person has one
    # membership per partner and one of the platform: NULLS NOT DISTINCT makes the platform's
    # (partner null) count too.
    return """
        CREATE TABLE IF NOT EXISTS "identity_person" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "mobile" VARCHAR(11) NOT NULL UNIQUE,
    "national_id" VARCHAR(11) UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "identity_person_mobile_form" CHECK (mobile ~ '^09[0-9]{9}$')
);
COMMENT ON COLUMN "identity_person"."mobile" IS '09xxxxxxxxx';
COMMENT ON COLUMN "identity_person"."national_id" IS 'the national ID first recorded for the person; a membership keeps its own';
COMMENT ON TABLE "identity_person" IS 'One person on the platform, known by mobile number (and national ID when given).';
        ALTER TABLE "identity_customer" ADD "person_id" BIGINT;
        ALTER TABLE "identity_customer" ADD "confirmed_at" TIMESTAMPTZ;
        COMMENT ON COLUMN identity_customer."confirmed_at" IS 'when the person confirmed the membership; null while pending';

        -- every customer so far: its own person, its membership confirmed
        INSERT INTO "identity_person" (mobile, national_id, created_at)
            SELECT mobile, national_id, created_at FROM "identity_customer" ORDER BY id;
        UPDATE "identity_customer" AS c SET person_id = p.id, confirmed_at = c.created_at
            FROM "identity_person" AS p WHERE p.mobile = c.mobile;
        ALTER TABLE "identity_customer" ALTER COLUMN "person_id" SET NOT NULL;

        ALTER TABLE "identity_customer" DROP CONSTRAINT IF EXISTS "identity_customer_national_id_key";
        ALTER TABLE "identity_customer" DROP COLUMN "mobile";
        COMMENT ON COLUMN "identity_customer"."national_id" IS '10-digit national ID of an individual, 11-digit national ID of a company, as this membership recorded it';
        ALTER TABLE "identity_sign_in_code" ADD "membership_id" BIGINT;
        COMMENT ON COLUMN identity_sign_in_code."membership_id" IS 'set for a code that confirms this membership; null for a sign-in code';
        ALTER TABLE "identity_customer" ADD CONSTRAINT "fk_identity_identity_a7f86e25" FOREIGN KEY ("person_id") REFERENCES "identity_person" ("id") ON DELETE RESTRICT;
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_identity_cu_person__b9be98" ON "identity_customer" ("person_id", "partner_id") NULLS NOT DISTINCT;
        ALTER TABLE "identity_sign_in_code" ADD CONSTRAINT "fk_identity_identity_adabc37b" FOREIGN KEY ("membership_id") REFERENCES "identity_customer" ("id") ON DELETE CASCADE;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    # Back to one customer per mobile number: refused (a unique violation) once a person has
    # more than one membership.
    return """
        ALTER TABLE "identity_sign_in_code" DROP CONSTRAINT IF EXISTS "fk_identity_identity_adabc37b";
        DELETE FROM "identity_sign_in_code" WHERE membership_id IS NOT NULL;
        ALTER TABLE "identity_sign_in_code" DROP COLUMN "membership_id";
        DROP INDEX IF EXISTS "uid_identity_cu_person__b9be98";
        ALTER TABLE "identity_customer" DROP CONSTRAINT IF EXISTS "fk_identity_identity_a7f86e25";
        ALTER TABLE "identity_customer" ADD "mobile" VARCHAR(11);
        UPDATE "identity_customer" AS c SET mobile = p.mobile
            FROM "identity_person" AS p WHERE p.id = c.person_id;
        ALTER TABLE "identity_customer" ALTER COLUMN "mobile" SET NOT NULL,
            ADD CONSTRAINT "identity_customer_mobile_key" UNIQUE (mobile),
            ADD CONSTRAINT "identity_customer_national_id_key" UNIQUE (national_id),
            ADD CONSTRAINT "identity_customer_mobile_form" CHECK (mobile ~ '^09[0-9]{9}$');
        COMMENT ON COLUMN identity_customer."mobile" IS '09xxxxxxxxx';
        ALTER TABLE "identity_customer" DROP COLUMN "person_id";
        ALTER TABLE "identity_customer" DROP COLUMN "confirmed_at";
        COMMENT ON COLUMN "identity_customer"."national_id" IS '10-digit national ID of an individual, 11-digit national ID of a company';
        DROP TABLE IF EXISTS "identity_person";"""


MODELS_STATE = (
    "eJztXVtz20ay/itTfIlcxbhsOc5m6VSqKIm2GcuiVqLj5IRb0JAYiohAgIsBRXPPyX8/3T"
    "MAiCsFgCA5pLAPWQtAD8DuuXR/ffvfxtTWmclftmdG335gVqNF/rdh0SmDfyTuNUmDzmar"
    "O3jBpUNTPGzozHINd6nRmaG5wfND7jp05MITY2pyBpd0xkeOMXMNG99mzU0TL9ojeNCw7l"
    "eX5pbxnzmDoe6ZO2EO3Pjz33DZsHT2jXH/z9mDNjaYqUc+3NDx3eK65i5n4tqZcd+13Pfi"
    "WXzhUBvZ5nxqrZ6fLd2JbQUEhuXi1XtmMYe6DN/gOnP8BfiB3s/2f5T82NUj8itDNDob07"
    "nphn7xUFtda2jaVa+v3Xb6mtYowKORbSF/4VO5YMA9fsL3/zw9ffPmH6ev3vz409sf/vGP"
    "tz+9+gmeFd+bvPWPv+XHrLglhxI8637oXvXxg2wQopQzXvhb0FCXSiohjBX3xf8n+H8+oU"
    "469/3nY/yHHxbnv8/tdQLwL6wksJp4uxDBlH7TTGbduxP48/WrV2vY+1v75vxj++YEnnoR"
    "ZfKVd+tU3kN+r/g7c9jY+FaEwysKlXnc4BN7YRHXJi4zTSL2EE7ojDpiIRbm/Y95WP9jNu"
    "d/jDNefJE2oXxShPlRqmoEsN9dJsLmH3/IweYff8hkM96KsvkBflYRBvvP725uwzFoNApO"
    "biAhtkM44xyvKDGh2beZ4TCuUTfJ7wvgmWtMWTrPo5Qxzuse6Uv/Hznk4E3grW8xkv2cME"
    "t/R9rXXfLAlpxM6ZJYds5tZo0U+t3Pndt++/M1jjTl/D+mYGW738E7p+LqMnb1JC6xYBDy"
    "tdv/SPBP8j+9q47gtM3de0e8cfVc/38a+E107tqaZS80qof55V/2L0VmwMhhKJMSMyBKWc"
    "EMUO4khx+o9yxz6c3OAxG7t5DWSt2k3NXmvJTc47QHs/ZzC/5ABJ1rfTvsEdSPMnKOUtZS"
    "VlnK3KXjsVbU6g1TPW37HsKOvTPzF5GH8UOq9Su4mhTEe9thxr31iS2FMLrw4dQapdm9Hu"
    "pyi+N84UwhA63o2lpdXS1/hy4CwCYyA4ED8LuZK5X99u15+6LTEIwe0tHDgjq6FuE43rFP"
    "7diV4NnkrenpNH6FWvRecAd/Bn60x/szaj20RyN7Lr48AYiFbzdzYWJDoNBoiOQpWKzRJq"
    "M5d+0pc77jBMmJR06GS3I7YUMKHz0dMqdJFoY7IYbLycQ2dfE8fu87MgKT83t7DjfubWKD"
    "IgMmdVzD3dZ7BtYjcwxgtw5XGH/ZaKYCen82/Ld7s4DjGxv/roE+VXa65hqgTworIYBsSz"
    "0gUBqG6t4Qaunk9AeiG/cw38vY6qd5bPXTbFv9NGGry0WnFQVXY2QqM74kAHWaC2M9XYOx"
    "niYxVn/3KqE4x0hrzVllzTkQ1nBZZFXFyHaIPBaFHRcTmwRHseE2CeUETl9C57rhEtO+F4"
    "c4h0PcNJnDW0ToZK2fDf2XMvte9WhwjVBls/54EaqYWphfw4sR1nZtVXatz9gKTNvz0FAH"
    "Joq8lm1sGhY1bkNsB+NKQ+MqZRl4pO8/3TCTup5XKYPlMExvfoiTP4vjf28TAAhmaIr1H5"
    "69OUz/8LrJY/bP4BS2LTCupwzNbj4xZsQeE0rQD26hHW47eAEP8RmIfWw7U7TKmTkmJ3fe"
    "Q3fiB714mWLuVzr+wBpYXZdMQKlAYADd9x58wMkJ/MUccuczQOgUdy+EbSUGl0PBlzwabB"
    "G80vu8gTVz7LFhAo8EATNNji66CfyQ+LPERjwh9IPW4A2Sxj8d5CfgXzXkoMwh1FwDOagf"
    "W1RUQ1fJ6s2OvOhY82nidN93FAbcNB4NfU7NolYRtciKGDc8Skx2D/+U2wM5oWRkT2fUWr"
    "4oYwVtIVJjSg2zyMQPCErJQzHEITb13+YxMuGp7Kn/NmFmWkKBomaqwbFuf4mQKczsxutX"
    "3ws8k/jfTLoX4uQPr4Umef064zF/RXgQghHRIBw2sh1dQAylFszrPAvmdfaCeR2Xp0mt+z"
    "kod2W3szD9Dre0MS26lb1v40ADq3PVIqxUXNlpntWUvZYSgI1tjQ1nWg6yidEeDHjaWEyY"
    "FVJKSfBLxMXVSnknBieLCai28CwsPJBTEUNIdXSnDjurQb0MqYfMrUImVJSuFKS3o10gZN"
    "fCEre5v/LleelbwsTg3jYAxnXE0P5O2NA5N/EdGmQhGYbt5wIijJjdNShbESgr2VoBJHsd"
    "DHRgYsgLyEYmYASOvYFt7aZ73m+k7VVVsHY10vPbpHKLJ7LFZ8gnD14ejrTaEDOPhXkdyc"
    "KIBo566RAbOhe8KXO7ym05RmbpDPQhY9NZdSFHOVYmufZMm8825FHfnn2ZHSuHECdxNmRQ"
    "D8c4VgbVLs8sLhVyea4YusDYnhRL2+dmz2J9G/7zNE+/BiMpocpUw9ESfmH/pFvjHg4dhg"
    "W8xFooP7SunfD8/JvHmttf0tVT5/DvhM111GYN8FYB8CpUT0A1qR+IlHN5b+r08eci6Tp9"
    "/DlIuQ62V82vUwfbNwo4DzYMtt9mIHlXZ9OZ7YKVf8OApzw1nzz5UDMXaGAEdJoTIsyTW4"
    "5KNkZSe3RkSnUmE7wxHMwfd7TE8khN+M/MJYYlYrxlopiX/M1ndMRawjvEvUjbeHb5dt40"
    "sOBxQu9hVsA4fMEcThYT6ooHxoYDL/Jf6BkU5OTOY7fPv5eht9+9yA4ZD16PT8Br61hxdf"
    "bQ5hosJSK3IgHjAZHKiEpDum5xGZx4ExtLmZWKV95CDT9WKJ/We1xlfpdFsLZRAdSeIUOM"
    "tMiPbB5HiFTmtAhQmM5d8bEtDDsYscDhtf+p7Z0rmm7ceyduXgkkKVUWgzJYIlg68L2FjZ"
    "MImcqmiZjvho5B9oEKE1Necs78vUQE1lBvtkCOC+pNGKz7san8gLoUSyoUa5fDfgrF+OUw"
    "mixiO/fUMrg4l2CVUrRUXHaPE5JLk6bjsiF1WmC+YIgcXyXDYg4rsxzbXAXY8ZTs3O28o/"
    "YGH7AFU9R4OVK1os53LaNZfO7gj7/qtwhsBqMJtdyB9bHX71y2yMR2mTmw2t2by+5Vp0Wo"
    "4ZiGxQZW9+r2y03nBjYYi88d5gys2/Zl51Zrf+jgQJya6KeDHwhjnbWvPmlnN+2r848tUT"
    "1QGzrArUkZTb16X78B3zlyjceUNXRm2yajVsYmFqaLyXcIhNsSsL/B7dZdcdbrXUaUjrNu"
    "bKO6+vL5rAO8F6yHhwy3VgVrVTCvKpj0alQUbq6M01CJjIo4/LYhkz1N+pME5g5sseXLfU"
    "gv1FyESUVqNO+swYUrphcN1deRJf1wxi0JbEOjiVelF62L1VOohW44BXdg9eGEzDb8vOma"
    "3/bTPOQ5V2WmgFVe35AmMY2pgb4l7FmEnqmRDRs5OcEKSj7aKr1XL9BcW1BO7kGtsFLrMl"
    "U7em3z1Tbf4W3cdfe0qrqnibZGCvVOg+8pHHUdpqljrp/0k8jzIcngX297V+kMXlHELS5j"
    "5JL/gwOIb81P0vh5PLdG4gwbzg3TNSz+Et/3S2O7SmEau5FDEWPLZ/PJ5/bvcQmcX/bO4l"
    "YUDnCWYQwXqywdpVJ6wxFlpEeuLWweMG74vHT9pzoBoYYi6sZmdcxyHZleS1mRilHK7doq"
    "xKXvoyqOaoLYUUmbrWJpstpTGo4W1IHKg6GtHn4SPutZQWlE24qA303yYKHlOlySqT3Eso"
    "iy4Rg5wYCGcBVSUWNRQFwplc2rfgGWNu9HSjdycnLn+x7uXkTgU76qau6XTMfGS9FC5WRm"
    "w2whE+awdwOLrvwCHFYOx6h3rzeLfLyG8VTfKJtrYDw504pYfisKdbGOxqt/fvP/VwpXqr"
    "zOr0J1m7fCcNwPwluUn9vilVsOPIliy3hHaLgo8wNjs6Axgxriqs3ybNYfl1leKkIgdNhu"
    "5pk9wqzHrXpXb0EF6Vrn8EeaVhi6m08zRI1GMyz4ER5JDveqbbHvcekSJCKceS1oP9+2ZF"
    "YgKEcU3Rqw66FToEkeqYlR82BmND2XN5/YjkvERpDiYa3+BbV2VmtnlWHy+3NFbeGYhxVW"
    "2N0XIVLZ86GMx4+6LpvO0golZu4jYZLd4WKvtrubnL7+4R8//PTmxx+CTSS4sm7vqANYny"
    "msXNepehZiLukIPEQfYAM1bnS/WyJJTDRxdJhInc6ZPHpMgl+ZkYU9RwlSlduNrIJ9hUkj"
    "EGmv8VCiRVco9JwKxPl7wyK+faaS3r7G/bT6NRV4oNRLI9ihOPM6sRLLQaXiSqvw+zTMIh"
    "ybnweywOcx/qNgp14R/BR4cGRhIzKjnC9sR2/F0zzEW5okFqC/6qu7pmXvNl5UAxgHCmDs"
    "uB+oYiLYRTvQOgp/m5nX/r5VGCRKENYcz8dxx84CPJ/Odfdpd9gIVWY42U6joA7V+3qFue"
    "ui9/zAal987l61CNWnhjWwetedm3a/h7e90TGD/fyT1nv/vnvewQz20YNmj8fGiA2s2y/X"
    "170bzHifz2a2KnkUdU77jnPa1zcSzgolPpDmwSKEHxcH6Ib+R3sxBWBtSL0TX4V6ZLnmwj"
    "/lWAA/Zc7/n+LTfwxaDNN9/2IR4DuFUln8u7FwbOs+UO5lbBhx7EUhW70yVNy0RxgwPQdD"
    "KUXnfCKqPkZ7MIjas0RMa/9H9qI6rvAcRaLsj6gqghII6RG3rd1nZYvmttrVisZSG8a6tW"
    "dGH4c5wE01V6EWhz0abAFny84bQ+5oZiOwS2czx35kunTc/cVGboFk2r2EDPqtkVOw91DX"
    "5GzkHbTxe1hCNPRspQ0P/2ywby5zZJC3FqnrHrqRKOb/p/9hcm0Ll8q/axRcSRTc93cViT"
    "BTHTNsiBrQWF0Ss4e81dEKkoW0VTPX/cefCZStiAACgkoSLpSKoTzNg3TAU9lY32kC7VDf"
    "C9EoiDiphIhnHg+5fWpZA2xpdlelbHBG/E8nhuc6Dr7fz1mU3XekKm3PmAguclVsNRI+zM"
    "sJT3GRqbQj8SV32VQr2N4lSqVssl1JRv8zj5Pnn9lOnn8mnDw6Gxou16Zw5muW7Wrs24ih"
    "/eMw3Ui1ftZ5fp4ebIfuoODKwfqDPL4l+CnZXFA2Tw9Wy6awbDRRN7OYXRanVNY1pKSFFp"
    "KACdpFmk28dhUERPVsLzDbvY0ddDMdP6bQfE/S1jO+3Iz3OWlzN3Xi5xBCQFrLoHQLKr30"
    "UkghruWwoRxKLIYkbS2FclJ4ZA5P7Q25jv0hImX53uDYFc8aBQWcPKgCKzcS9sisvLDoXs"
    "QyZS71PZFRuWQX6A3TqFGiF197dCV663CX5xTuEvHv5Q7pDBOp7D8qixZWEqm8JjJFMjDJ"
    "8sKBKZfBQAfG8LzBJZGptt26keEYzzTExKPqWaxvw3+ejq24tNWJq9g8CqVcRERHaCLZYR"
    "EdX1PJGxuhBbrN02mJWLLSnrtD+1sLCx5h0DDGcfuOZIJNAO+BTmpQTI/cxKRCICb3dJbS"
    "nbTaoVMjNvwfLOe+r+4lYjTqcAwlwzECeRWSQZiqrtS8MQ51aGjg0QrisADBoxPD4WKCxy"
    "uKA4MFj1EQNd5x/FlcUS06/1qL0tXrrPQ6gw+w+LhERlWMsBZBVXlRoSyDDeGnUG7DgQki"
    "L/4U3QYyAKi06V4Bd/uhoY6UvbE1rlRjGA9bTcGuVqjrk6jVCunNUUULm55gZp+oZ+W1Ki"
    "AgUrflQ0debxWPa5xY7JE5ZGp8I+7CJvJlKWhVpSNvUCdrvzkqCoXJVlULpW6dnIfZ22id"
    "jIunCH/951Xmb4NPMdGBu97W4BgURhCdmpqEWa6zjO8sedj/5jQH99+cZjIfb9Wm2/N0VS"
    "e02Dx55P6Jlu3Dy5VJfnS67VYzoK8lOhjorClqU/yRPPqTBzpqYbU6n+MPtGtXJHBR4g0S"
    "aDfvRKSU/xfqQ8wcI8GSE2M6nYuPSPf5VTLqBhqUWtZ07edriAmRrgg8XUswIN5hkmoIxi"
    "+iGlx3ri66Vx9a/rQfWNe9237nAi4INHpg/dbrXuDfj7ah49+d36+7N3hB9gnIWXp92zUD"
    "FWp3oFYK94FoCrlAXxjKNh9BzxsuC2+USVqFizkpuFmuAR5DrN0tPKaYMPKiY8mpWAFAlg"
    "eq9GPcdgBU7lWF2CJMuZEyvU6LLqQ+F1ObsW10oKmSqf3IptgYELTdOzpFY+iOjB17Crqv"
    "CM4I4tlcG9s0COe0fy29J3WVg6fGzEUqT4AaMp3ZLrNGS5Fun6xu5DDgDcZbyRmNYg+uYD"
    "mkJvlTxqFoUT+Af8/LlE2/6Zsufl2lOkhPOeW9VKWTzaub7ArOk+VNYOq3QlVMvuPE65Os"
    "21Mqqh2v6p0oWNIkvooLSCqFVGV5lYS3t1MhHwNRuavpxj3jhYDuJOUR8nwL7Sun6T75tT"
    "EqAU0dHFE+Duw46+YtxRY/tS22FMpWKfil+mmOtfzKomU+rdKcv+1efbjsaNcf27edFuHA"
    "a5NpswnlbGClY2ja6rIN+2ZwD/G01T1E1cIhuPtH0hDlsueuxhm8WC/SfiCF8ogwlspaDS"
    "Stk/xncJzy+Eq6Vb83RWy/Utyuy+dlbh/J8nl1DYC6BsDez+tn6R5Jha2KpqFodYR8lUly"
    "paWRRl0Lo7Qw6oIYOzEeQuB4odkepTsiq2G/ntm6IEmVBUkyN/cKGHx8YYlxDqcdaDkYHd"
    "VKak7n4HSqIpeD1Zlp5HUMR4LH0QNrVxWM/LdmRCcWr2WUErt7HPIqXNdoDkumI3Ih0qoa"
    "re4214VnUHxOC1Iqqm32lAhzgJFl82g/NEG2fPYEHsQrRPq4+VfBoK+jF9SMXiiO0hwaOt"
    "NYTJglHFnBjMWAesfN6846JtQmWMV5rdKAQGWLtCHbVv5s6L80/TaVGKzhXXn5MhFJtif/"
    "PDJTy3ZfrhGBdgiOS2WQAcmyoumrUaojZPSbXFE+b9ZE+bxJRvkcf7NjPDu8ryUwR4DfTW"
    "KMCbXyprLuBYSM6Gd5l0CE6AhXwFbSuA1rNk9Ro7I9kAHB4bofxaKgzv0cA7B5k3A2cpjL"
    "yZTyhwoUq614JuEW/rQCy2FFofJaELLg89GIcU7wC71w3KYfpMscx8aYXT/sTIlVo8/lTq"
    "NNi4T9xKiOyUm1UcxPgST3bWZwf2XDiW0/tF2XTWepNZtjTzTXIRyiTDPXFpJEoyGaXHko"
    "H/v9a+JRyXxreIXxyBwvmN207/2DXZauEXYENr7X03NPNh1wg6TtGibZJ0zCLF2UMCms5c"
    "YIt7VfHatEQmk2ogh6gZNiRVAfEin8RFR/zrX0yPXs2uJRKoWttr0xdgS//N52MpKMno5Q"
    "D9MrrXXiYajd9tv9L7ctMnHdmSZnx8BCpLL3pQ+ilkHaA+um8/7LLdZxcNh4zrGyQ/8SqF"
    "wTnr64gn/pFvzr7LJ3/qlzobUvLm46t3B1aNqjB4wI1HVQxeGJq07/a+/mE3wvcxe281BK"
    "m60cbhK6N9NTSzGv69MZodthq879hDhW2amzth22tXvV0buZrD6usmjRACNpxZQIHI0QHt"
    "OS2m8wnc/YpDgKx8d4FvdFaMQDk0j+qK/IbFSqErAnhfO5w+3UmhzRB5oFcJHRiuRJWOSj"
    "vYBbXu6+wWfUHU2YQyaUC5RC+slFTypyYrjEhPE5QQ4QShYgfiS3HWJiBbuRPZ0aLn+RxE"
    "q29pYNAJT9FrNVqG5wVbVU16AlOD+LQyUhKmVb5h7CKbLXDS44ZrK3uPBJlHuTCx+I+dBf"
    "MQCW/sHeej4O1yKengpXR0DoDQt/U5dMQasS131vyhh+4jIdCq509NQ6RDHoMFgedfM+ZZ"
    "besWyCJdCftI6aL428FSL2AiE/3zKrF53L7m8dUUg12JIG1vt29xIvjalhqlJa1XOuFYF1"
    "wiRHozdUBugE8i4B6cRpd1KvVhW4UiUMJ1dsbw3dZS+q44XuVPdMPz/ozmdsddBdJzTigU"
    "kkL3QXm40qQneBFLIt27Cgclu24fnytGX7FexDhp0jvIDkBcW+W9iOy29Z8p3XOJ4TrAzG"
    "9JdENJ2AiYedJmSgJjE4sWyXcBempN4isq9QxMjd1osGFlzSmQOahS6r9YrwReY8irqiHt"
    "kDW4oAqjv5t8ap6d6RkzuP35KFLz0W8ruN0cHaVt6nrTx3zCLQrPe4ytERJbHZ01d5C7Gu"
    "rcSaCLYNraIijI6RHSHDt1BrmGuYJPKYljK9LhgkQrfDYBB/tznYYJDa7sme68dr9+wx7U"
    "w5Katg9Xh8rcDouV6NdGCCyF3PIzIHlbJ1LkQ9/w6q1+s8eWmP5bF5ZLuATZ15fD4MHmiB"
    "xQB3KJglZMo4h59FTug9vKVJhrKANV8wNmuSxcQwGRggnknytFevktcMrABFfRF2CKIjsE"
    "XuwhDrHZJgh2VD1ivw3j+U/RYWluwLSEX23hq3YciDFP4Ftd9QnX10nS0UkVkRXT1GVyvr"
    "OZR1XNQlFMcQWe0TUdknUnu/noukayswexM9XivwuINsFNRc1vm9kKsV2H8h2+KGjWxHP0"
    "CB5HZ7hWaiqnagJ4T1VuBKUnltwGC65DMAcZLoXrs5z0wLvEHhEflLGVh+B9bWwjFcl1m+"
    "PRUynzB5Hy6l2oBbedPAkr4yNAxdZppg0I1fkrsxtSw4emCgO+LOHYuLWSKjRFfFBYhjLw"
    "j7ZnCXi7h4RkeTiHVae79U3zebayy+ogXhjrgUXPUW3owuTZum8De7PFOIZPcFmvaj7m+l"
    "3tJqcyvoCosS7tAXFlypnWG1GaS4GaRI2s8Fg99ipAZF+bfWKoULbCjsgrRXzz6pD7bJkF"
    "oPxKOB/x+ZFDF11I0oGc25a08FaC4Hf+e1/g7SckArGxsWNQl8lmM/UjOZ4rOdV6QC9v5g"
    "nhnwwJZapD10ettxWWsD79e9wdXV7OKyzK3ixQlV1vXiPcK9xeKo3hW8YCfwA+j+3YixP9"
    "S8nHifr0Ttx+NtVN1wDCpPOLX2qBXv8VxLn/ZPJ8H5tEqvgc+dy8tui0yZaRoDC/9q9+Wf"
    "1B1Yt+2Lzg1e4FTHrx1Y/c6vbXHFZX9RceW2c93+iB7/GZ0MrE+d249tmM3/A4M+MD6hj9"
    "T5L47cvv3UvmqJkrfUEjWukMqB75x4XZnP2lefvJbMyDp8+2ck4XSKFNftm9su/j2jDjfk"
    "ldv2zYf2BV7i1Lmn+sDqfPjY78Bnw4/+rQsPs/uJy+DrQRt8NIDmtnvVFl2iKfz7Y/vjDf"
    "wxoRNnYLX/aF9ddOCb6JICjyeYCPgHpgAu8Wtv24IxoIVSwZlPwIX37Rt8xQPwYUwdMXr7"
    "5nP7DxwEvmdKlzjKJ8GPz/DpeP1BcGQK34/3+r3bTkfrt9u/9WAgFw4G0HcofZRO6X3VKg"
    "h7BIVGh+ZlinsdTaQsb2CUbp2BpNBiEAcCDTdyX1AOk8vQCYauUB6otvnEs0YcaAjF23uD"
    "SB6wh1BW9cbs0zaFVOldx7JhdZgGxySH9u15t0t0415kS1g6GdGZ4cJbmsSyidCHONZm1i"
    "mfsLyHxZaVoYDfBbWiOJ3SQsJVIOy6oN024vFCSSUn3grnL8M/6QVsnvAmMM+MEfFvEDkn"
    "ycKA3zp3RVKMySjmWpP/MsdWRKQrE7Fswvs8Lal6mxnvkc2ogGAvOueXbS+/XY4Ap9/Xdr"
    "ffvfoAROe9qwutfX190/utfQkSXVDDFa3NGIhE13wbHWjEMziOvIbj3HR+7Zz3ZfHKv9go"
    "d9+g7Z9k8pdqw0ILNkam9Hr1oRHRyAd3zFWjHzWW2NhwQLfz5kqh8y1JWUoSO2qBohrfIw"
    "u3GONTSGvO5+e8vwcW3HViZDXHS3DcYZSnGS199i0DM0khVZjzlcQtdn7vr3dkBo6by97V"
    "B//xuHcz4VQT2L7meq1LC0ecZY2gcAF1oSxL74bn3FAZ1ar9ntkCOS6/Z6b6VUb4qQPUgd"
    "4qB3qD/WLoJQP6w5QHI+WGPz3RACpmgh6T3GNu8gJnb5RQZe+Rgu7tNQHfPmOT4igc830e"
    "GurARJE31Ds2Dbcb7R22HkbMmKX5Wj3KnsX6NvznhplZnT+j8Tw3qxGV2B83ltTf5UKefD"
    "5kRz6FOJU3AEoLyevpQCist+QREGOKOck0CFlahHw7AqluktGEYTsdzG8e4qO/Xnc+NMn1"
    "1Qc8Wb6y4XUyDmorb6gj1RXe8JskO54JPsrFhBXByIQcstGfOJ3KoHPJyPXq8X2PaWnz3a"
    "LOci2nU5g8XLrS13hgbF43ib1A9EB9BW6eda/aN3+koz1nKYHrZ3/0O+04umz8t1BTPO9x"
    "lTXLlfj30GpwQk/f/lgIow8ojnCnqB4hrsGvbNYfL/jla4zFe3aF6arZtJ6JbrRRzkVCck"
    "mx+bZY3kzp1TgHJbC8JnN0pkYs5vP27Xn7ohMzmDfKZOnbsy+zRoo1J280cxhxrj2bz/KZ"
    "bphpPKPLqag3NXHs+f0E7CURnHQPclzQJQHG2GnJJukNaTYZrFReSii4XAR/AXP/bHivw/"
    "tBjNXa7JX5TPdPoDqLRU2rLyTTMoFkIXKVtblGNDY7GjeeU3HednOUI0+bIJQ/yBy7QobK"
    "HtoIHVhYpafmNwoK5fym0xaBjx49xkJedG+CaEjdcIQzamD91rnpvv9DNB16ZI4xXoq2Q+"
    "f4uD+AiH+Aa+2rc1ha4iIyCM6gRCuigdX5/borwjnZt5nhyDfDO7wW4vAKrkrDItvRS/ik"
    "wlSqx4CIbwW1wuAE9Jvv5zNUNXiTGGNCrSU5+Q6uEriKge5w57u82X17WbzPMyNzlYYpq9"
    "HA0oN1h0Kl2JqBOpi4bLgqJmnGtcwCIkshVVpoK8GAdg4f3CTyjWQGovK1cbHMIhNRiYxO"
    "135ghcqVBgQ7PAaLnn+3qAp+h9sefGuTfBaqIPx9w8bdUsfPad7uDuuaOyTjQ+U5nOR+do"
    "mbMM3ua9w0fh7PLVkdazg3TNew+Et87S9FBbQQPWrEuvGXBzolsTxri8wdkMcUDFpbbxLP"
    "rskls13XyVkZygXWT4RI4aDeIOcK1o23na2Sr7zTyIcuTvwFBwvsaj4NrbhbarIbn6yrlz"
    "qbtrPvOQX1iIBA3X2vpF9jK/wdIaxnUu7+UITJUSp1Od3AbwR7d+742aKBfubomCwKWrd1"
    "T6a2U+qkz6OMZetiSTcT6CYItWplcIgUYtUNH/mlUh4mNaYoCv9nEI4p1EEu9UmwU73Hqj"
    "9tQfliFQ8jOgUQOK4saR8bIxFrhQX/HQYizW3N7sVokp+MIG0JwacQqyz4BZpEQZ6w//Eq"
    "Swcxk7nDgOV6oZMoTqfuNqmMo91nWVYm1tPM3jARS2V2v8l1/r9Zc/6/STn/BXC4aeLVAa"
    "VdKekbqkNNnneoSchJW1DqUcpa6qpIPSXlxvv6cADqdIbxFqVWe4z2YLKtnmVOXZ1bpUY4"
    "WZ1btZ/cqlgTkxTnvp8t9f7T03lSIl6s47e3OBKW/10o/6xM6J3kWFb8XcDPfEF4RduLsG"
    "9efw7MY1rZ/3SI9b2o5/gW9fIMl0zgG0Cq+jtiYSwCkaR6elxeZSPXWVMKb+VNUqa/x9Ph"
    "QofQ66PR733qiGKfD8zCCJ/Ly7P2+adWAJb68UF+cFAQzRME8wys7tW/vnRv4BHD+s/ccJ"
    "Z+9JAfO+THBPkhQaU8QJVH/xTF3NTH2sL+OmrxBW5C3kfvH3/j8+mUOoWCQEIkCjNdoM7o"
    "TZARkBjjIZnP9CYZOgYbm6Wqd7/Nhcm9XYPJvU2p3l3YGqytf7WMwjyYDygmGuhRRVWHCF"
    "ltD1ZlD0q2VmANBsksByaFvKZgZP7lSBnaWaOcczq/n7idKTXMRoqRE7691sqxbBdUKG0k"
    "ntdYQPB01xyLiKeFDWLaoJyR28/9a9DS3BHYE7LMA5YZOtFBKTPtmYjJwaPIZdzlL3wbhT"
    "oOPpbSM2cLL6iNHoX3q3VGD04EbezY0yLKWoRIXXWtpIP09G0ehRieyo7+fJus227jmQ7H"
    "PmcpsFV2adA4ndoGJmwozBJ7BvsOQ2ZGxsxAoK4Jxgno999jqw4nSHFRroAonw//So3QzZ"
    "ZPiOQIFsKuGT6FeQ3HcKr2umb7iVBti+2Js+CQ4zMmDNvoFNp5QiT1zC48s4e2noJ/ZHPb"
    "f75mdWFWo11RsBRQmERl47dxhuWA/Ghjb99D9dvX0XOCTRVXCvLfXiLgIEZaY02qY00b1V"
    "Kp2iy/nUrmpRrleLOZ3yTn3uNPGeTZgq+N3kM1eu2hYRZyCK0odqZublMKUXfb6zzuttfZ"
    "7rbXCWMX1JxCRq73vMrGrbLqTx3qWx/FOz2KBfj9Weqiaadx5H6eA1mg0do0RJEvFgjJmq"
    "gKY+kLbJQptGSRQ0Bl2jIozsJlC0c+l6UTEMbmAs8eu8xBZnAyXMJlAiS28y6Blm/tTQML"
    "Ewkf2JKcyFRCIBStuN25Q0288YJM6QOo/3ibA4892H7IyMIxXJdZool9Tvw93ooeq4DF4v"
    "H8y6sHLdiYYXtw2XTm1qW/1FVo9tkifb/s337dhr0GXT8dTH+skz3NdVJkjkep1IXVGri3"
    "LmXOcaRCxoRybEMceI6VcGOZ1Lqfe6d0XkmEaY5Cw4/xOQ+Xs3mctJ2mM9NrTp57rodojp"
    "DD2whQzHD0rQtQ3IOjb2cs3orTSX0fyBHBAAdY7hIenRevdvmvL50vWF9SUg+s285VvyUs"
    "rWR9yttP3etrvMAfjNlMlVqUnkGVIqzs8rAhkt05rF5tV4+szB+F5Xk05jh2Sh5e9nYTpV"
    "JXQ1R2y6mRx+wZflzIY7Snu+WWEHmIrE4yVznJPI75FZRzCvnByLvR9rSKINTCkFUqCQa7"
    "onmOkOs7MbLAXhHnNdBMd0lImXlW04VZ8peXmCox0sOZJl99sIYvGJsRUR3wnj6K6SDady"
    "xs54E578jQFDnE6AAQwL9cFs9vkoi6fOU0hQjlgU0RfyLApLAfvMkB24n+Tlb09m5S07aY"
    "51ySzh577o7sKXyDSLrw6xrCPJtxxv3pRBYTMHLISfAS3WB5K64e+txSxBN6aacWQsDLzR"
    "wVEEw7Z+WDNuFgxYs6vNTrB/Qd9xKuW3AJbN17nBKjkVcJEybXlC7FuXRvE4vdU9d4ZC9J"
    "26MW4DLMuvhs2d6bBpYowAk/+R1hdDQh9w6FAeA9Mzhabfyl1PRehEcqxUfxtqi2urCasi"
    "4DbKIir3xZZx2p78J5xqUWrtvdi5aoOTuwrm96n3v9bu+qfdkKz3Y1wKhjcx03QgEULW8T"
    "av1s6L+0xAZkO+JAFbuPbN9QTgy5amj/uKaG9o8JuFwWzOBlFOkI5eEoSeGtH7Z7PCjy1k"
    "84dA0mKfhSFlSE8nAEH3i75WFO/rKHaEth8/rnaB3VOOozxFE9I6CoIhohUzl3SUmVNOSE"
    "kyZMYf5H6eq2zNXUTZGzOimJwnVTvgYDHdgqyFs4JbL+N6igyWfM0rUZdTYto3mLA13DOE"
    "fE9JQqmomdI8m1gm3B26txDmrDyDtToztlnqm6ERgn5mEjBY6TN5o5ADkePJkDkvO7YQnX"
    "kA+WNTHEP94g8J0AscRSEy0BvcI7rqiioztsIcZIKdSznXfkyRWI7DIhLVOmDYT+rgE2NQ"
    "G2I0N1yqY2bgOnOd723kpO8mgiQEmtPUGqshhEbdeEp2XVf3GB/3HtnMDlfpqv23NnxLRN"
    "cP7YECr3zgyakQUSopyMbYecUEv25S7XCbNysN/jadHVEyGrmzKVXRQ1zpctkOPF+Rw2ng"
    "NTyxXLiZAeDL7/LOMmazy3BhRVEsOuAcUaSswLJVaMeQmGZeFePjfzYV8CD84FgGXzJQVe"
    "+tNDm+UcM20x2/5dh2qpso821yBJNdqxL7SjbC/dKpro1iLAK95OVYj7K5qa8eXho9BxUQ"
    "CmCFHVzK9Kkw6cYhsq0oEb7sCEkFePDs++9IYmsa2lAp56mQZHytHVVlrYLNmm0u1ZhCka"
    "98pWfFLdXtmneXzNflGgIBcDS9Bh1pD0Ekjnr2MvMHPC6+ryIJMzBPosLwbpHGKm8jR/89"
    "beU2dqKLz5r1P/peCL+JJXFDssqdC9uWlsSw7b7k1ZewWeoVdArVbuz2SjK5A2GtHUNoQ1"
    "j0tLSxpqVaC+x8SgdcGj/vJNsqxg9Oh5aKCDWu55tf/YRpejR+RGWn0PFdhGilIvb6zV6Y"
    "eGacJP1uzg0WI6vaCTOdczx9bnI/dpTVuGe4pwE46lqS0Gejdfr9NX956BhaUJpH+avyR3"
    "M+YYtn7nj2LNp0P5JjEm1scQ2ZfyMXLyCtiPZoW4uGTui9yBqU+WrPY9C7UtoZwtMXOMUU"
    "pd03UCCEhUxvMajgGj4OT2JrjokCriweQqIyNQHmWJX7Gqchci3E+Y0hJvJcSUL2ovIFY6"
    "PT8kG4Q68JvLiGfb0XqHV9KTLqjh4lHoHRkFjfJG+2u72+9efdCu2398FoU94yMOrPZ5v/"
    "tbp4VtFIxHllL088vtdefqQpT9nAsFFa+et6/OO5fiwRHyyzTLifk0V1XtNUW1E8WIhZ0I"
    "vy5lZ7Rtk1Erw8kaIotJeAh02xJxcGW34WBnvd5lxLQ/68YrVH75fNaBFSY4Dw8Zbsb+Jv"
    "foJLezD6GAQNnSq400PesdeUWGbGw7MhtobDg8Z3Z91QVa5fdosCU5hVGuOG0dBalyFCRs"
    "rRPbKQFmRggPRsZYycJbXqO542DsvzMX3YDktOWwAO+pJVv8iAXoG1NNvxQNMH8+nflNhO"
    "jqzPIyB1qyXpZnOiHcImq/wckQMrOmtuVO/NJwBgzOsQzhm9fwPlg4S6mN4p/51v8RzsjC"
    "u36CTuHEB6nQyhkijHc56yh2oQotq71t/KkRBLm2fZaa/aPwhoAkIvfHtphmj8fPb8EJjK"
    "hMGasI4U4kXkW9saCWEVY+9hehwYk+Z16lYPGEwLuMBEB3/NMBzbK5wzSHUS7dAHk9yUnK"
    "IyjSH7Um3+bqu/J2Td+Vt8m+K9IQ1oaFUsAjREfH5+pbCHn8Kr7LRQgP5lx7lsYM9icdse"
    "KqY4JOddURzqqV+ugbKvJXkBMOCqQLrzLRYvEznIHihZ/mvB/V0mFT5ITDNc7SEhQypZMk"
    "VBfW8b+VzGzko+9RC8lrRjk2nEV33AT+kx/VrFgcgdlapjdIjLbeFVXeFQP4vEzIWoy2lr"
    "TSkq5DE59haOJ8ppeUepSylroqUk9Z7IlIPrUCUvct570EXngRCYUlEKWrBVBV5lt2rGbh"
    "RK1NojXVUGg2itdcpWylzPcK2Hu9GulIuRtd4xuV6ZCxnClbTIGYbREUe72K8TkSrm+1WE"
    "eEZ1mBxiGe5ow3DodaPR133LMC5AC9zV7Em4wa8ZscxuvMCuOc3IknWz+L//ul9bMc5Ze7"
    "ZB7hlt6RWlhEssA7+STeJgKCw9cdBnTc1ZDffEblRuJfxNKndSkSZY7jJlkTP3wIgVvbl0"
    "JlkF1d2mWv5S0K1miOEKlbqbmx2tzlpi7rk7dI+taeE6zeflXn1EMir2xSidWuWGtzDD0T"
    "ny3l49WvFYlCwe8gJ55yAo/wUkVsq/e8hk/uEjLaZAXt0CUXFPc3dDad2S6zRksUVJMYIn"
    "+LOdy2hE5Vagnlijt4vSbu4HUy7gA/pgRqGCI7QsjwcCHCtMguzPfT9HlaFte6XIUoodrZ"
    "Cg2R8SjNF3RwY2tb2AKNR0wMIkG0l7RpZDBHywvkxR/p9QS/h+dF7w20HcmJTKZ8OaXOg2"
    "e1ScrN+zVXmBhRVyp+Vsu4eEBegvDo4sS2Eo8XxiLyW1oRZKO2tSrC9IMU/Q0R56AqwIEJ"
    "IS/eHJ59SlVf86H+FAA15AV4GjsNOR+eRk1v7SlzJ0AGmrfv58A0UqkFNEWiBRG56lgwbZ"
    "UO7r1MZhgngdLqhq3rqym8HTXXYJr4/6ALFjmFQyQqJ9mXPIFPc53Ap2tO4NPkCSxYxgrp"
    "OiGSmsv5uPwM6nvIUhEnIr1rBOOGEr3yomN1TY/tCAmMJa33/n3Ll8fA+ty76n+8/KMls2"
    "PN5cD6o9O+wQtLRh1zWQ57rrrKhyxjURBQWRHtEEzxT+ciWIolv9SvtsKJSx8YsWyvvJRK"
    "8Ecd7Zq9Bg4z7rGOdn2OUs+Kdk2gAnnCpVbb1IbBUgco/71ESfXt2ZfZLXNdk2UFSsUfae"
    "ax9117ps1nGo+SPWn5fxWtPe0Zmc9EjtWMLolu6GRhuJOQH0BU7pAl05mOz38/nzWFjijU"
    "RnnhJekDgfx3AgvY1osGlhEty94K4IMHWBzSR7EUZR7vBGPPvcHvCHvETD9RukT8UzgjMb"
    "X9gc1yl2yscQclcQdvORTvoxwiU7f2dCM84TNW3P6ls5KGWF6FhRGmUj3DOLK1+DuL+D+u"
    "6fYU+K+Jv168k5UyxqI6EgapyB1b9yqZqSxFe+6O7GlpMztErrShfd3uXnjhXBrGbgys24"
    "+9m75/SaSLDywc4eJLx79q2a7v/t+/yc3n0yl1ikXfrUhqp2cep2dtTWdz/zDtqjzWdO3q"
    "rl3dqgjh4F3d55RPevNUE9i/1czRamwEz2r2vECCENqcOvCImi9JFwxDGfSPlt8EPhzNRQ"
    "xAtXQ0Iv1uo/HMnu+4TPgxbTRr8UbC5N3eqwYWmM/wkzmBxUId4WEfjcTIAa0f/Gxb78Tf"
    "E9sUxi3uiOFAvyG1HtAa52iWD6xH29D927ByxmO/jqd4DiOkeKZLPtG+4IEtozHjadlI8e"
    "4GmN4UG8f7LfLQrNsfqGlyH2+6jXSQqmyaHWAp/WBNFzQC4Nj61xc4ubDSfTDGwGpfX9/0"
    "fsOLcGA49qOolC8q7HNRVV9addKeu+n82jn3BviLjQR9tMq+GnZcYvvMa80lCJU2uGWyTp"
    "Ck4wtV+USdggk6laa2bRHKCvM/lpxTallsIxVnpRAUqwIap1MX68BVQSh/AF0MsUKsee41"
    "3aFzbFxr2vdydXiZVLwVhFi2fjb0X1BtE/qb+EuNBYOq+YMMTmVj41sRwaWQ7lB2nf7Z9+"
    "e9ohJEYRl45prSg4p6vPh69HKhQ8r/Ueh2Qu+Yp2U3CTzj6+DRY7KgCN+c5hDhm9NMEeKt"
    "RA0fYOQ0Kbo++5ZdvscnUXq5LSUUL+ThymYjUhl4R2ATdJdSHnAL3ZaWXUGrgc7v/Qju5T"
    "P+5HP79xcR7Ouyd/XBfzwkqPPL3llMQGjmab4lWRipSqNWWjOXjQFi9jP+CnEBd8vAwlBV"
    "d0eDvLzE0qgVdpYpadOuZIHoR3lZpFHXsigrC2mbwadmZvJlnzlptOoePpVkaW7jMJEoI/"
    "AQ5jOzitmgabTqiqDhK1+gpAWf7Jejlj9FDR0avxG4rBeSRYToMIQg9C/YSRdwntMhsH9D"
    "SVSvCkdA6YQwnsonj9LWXuBD8gI77NFgi5KCj5DWhQTUCaJOyhmR4zLl/ldktXzVlq8IvS"
    "sl4jDlwUhZ1CJCZFACG2HQaXM049CkL5Qiz21e2NRLIVYZJ1Hc1BtSdzQpIYMVVW1ml06d"
    "rQvj71sEgVI4XBaWQpJW4aUgnVqefx7PId//TgzlINo1kYd14fyQLrCFwvnhw7UCHp/BcO"
    "3VaEfK5hSNJAerQ9tHBZy+RYfzF55rOh/KjpOX/8mNONdMBxWmAsZfC1zszB9NCdZvYYav"
    "9D2lApnD3E+r2xUVzpMBzR5yHsyNp4OaMVz6exEPjNiDFyQsI3b9+NzmKtP23rHns+9X0c"
    "ZgCiLSzb7BO8yll5bm2ItExOO23jOwTjDlFgNcFo7husxqEg7Lluj2wjJtCoaqucAIZVl1"
    "VPRTABaT4dJlvE7UPQBdNztqGGeFiFUs4s+IEKkcUFcyY20rMXPwRje1k2y2GzVEojKXPb"
    "8RbJdik4HNgzHibb5yT32JSSK4cb2Uhwg+tjnitQ2Xa4bSm22FH0IAfdE9qbIWIK7tUrPY"
    "9h6QqMxQzNf1vdMywok3gxqaqlnSddpsPoEcr8OUz4dT1OvKNc+O0h6OsyWaYgemOei4xQ"
    "1P1eWf6WspVY/KT+bcsCRVKH9UibmwsS281ZpUbeYY6aard6e5zmqlq2eeMlSz2VCx/fZc"
    "jLcNFaVss+yROdwo1j0hRKKysVDSJDt9+zaHSQZPZVcUxnux2qizWREOe48fIXd3a/D+et"
    "u7Kmrw6sbIJf9HTIMrZAZUEbWDzFhvxcYN1ph+gAOcpTnMdgnG/v3/lmL89g=="
)
