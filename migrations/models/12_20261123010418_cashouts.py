from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
COMMENT ON TABLE "wallet_cash_out" IS 'One withdrawal. Its amount is held by a pending transfer from the wallet''s paid lot to the';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "wallet_cash_out";
        DROP TABLE IF EXISTS "wallet_payout_batch";"""


MODELS_STATE = (
    "eJztXWtz2sjS/itTfNmkik0lzmWz5NSpkm2SsHHAB8heTrylDDAGrYXE0QgTznn3v7/dow"
    "uSkLAkJBhk7YeskdQjqXvU0/30Zf7XmJsTpvNnynhsLg270SL/axh0zuCP6KkmadDFYnMC"
    "D9h0pItrdTaZMkulgWtH3LboGIe8pTpncGjC+NjSFrZmGnDUWOo6HjTHcKFmTDeHlob2ny"
    "VTbXPK7Bmz4MTXP+GwZkzYd8bx51fvhtoE7zWGB2r8idcs7tRbjemT0Is4F4njqr1eiGPn"
    "2rRj2O/FtfgUI3Vs6su5sbl+sbZnpuETaM5rTZnBLGozvINtLfG18KldPnhv6rzB5hLn0Q"
    "M0E3ZLl7odYMNI3RxrqGq3N1QH7aGqNjIwbmwayHR4VC4YMMVH+PHns7OXL386e/7yzdvX"
    "r3766fXb52+bKDE4t33qp7+dh9lwyxlK8KzzodMd4gOZIFlH8Hjgb0FDbepQCQltuC+Es8"
    "X/ixm14rnvXR/hP7xYlP8et3cJwDuwkcBmNuYXQWM1oza5g0GJeUvcWd8i4yW3zTlMyxXV"
    "dSbmSwopzel3VWfG1J7BzzevdgjgV6V/8VHpP3nz6mlYCl33zJk4hfLY8N9cAceyCMAnyC"
    "UBd4LvEMBBP4EQc1+cvU3BXbgqkb3iXJi/4v8Z2Otdf7j53WgchLtnz5+n4C5clchdcS7M"
    "XfbdZpZBdTVOiSczOUJWyEw+ri4vfyLzNbfZXL1j6yycDlNVjdE/v0nB55/fJLIZT4W5PG"
    "EjzebqHJYK1TBtlX0fMzZRxxabwPEYQ8U0dUaNeOY/PFhEICMYrSw14x8pQSq7rJJe7wpH"
    "nnP+H90xUyI2SvfL5/M2fA5CSnCRZodMl4Cp4vBti58OmzPK5uHBatlklo2qa3PNzmbORy"
    "kfNuyL4vrzChj2AQnoJmdxrtTOr8Anqmd7htnuKvYFMyb4MJnm+zZtPePzzXiPkya3Yyd+"
    "CiH4pLUMcmoddxnN9SnEENdy2FMOOT6GbdpaCvmkcM8sjg+aif0BImn53uAMxjbGDNg9Hz"
    "ELcTV7xohOuU3YPTPSomlHEcuc2RQB0G25/DLodeOlEqSJiGWijW3yf0TXeGniafzjdmmM"
    "kflktNR0WzP4M7ztP8vCinbwGHkUsps8//nJZ+X3qGt9cdU7FywDXTK1xChigPNtfYUsU2"
    "mMt3AJZ2xtzhK1VYAyKhqX9Jn3hzygdHrVBS846Rn6uuFAKztEM+x8bg+GyufrkHwulWEb"
    "z5yJo+vI0SdROMQfhPzWGX4k+JP8u9dtR8XoXzf8dwOfiS5tEzznlUonARTIO+pxLST1UF"
    "goLYQVIpI57JAXLUwDYr1IBrFeCBALw2u3d7EhHoeB2yx/b1pMmxqf2FowvgPPSEHFx7DZ"
    "jTVe+QOdGMP/9uaUd3QzXy268mOS4akG7w9vzRwfsA9Tv9+5gJUFGT2i47sVtSZqiON4xj"
    "wzI0f8a8OnAuIx4xATl6pnsKEJ//SZTu14K8ETjplmNXo4/iOFYASX52fzCC/n1KBT8ZQ4"
    "HBKHo+BtYYkkR8nbnqWSNlSu+rbNgwHzxhDsIXNpj8zvLWIajFjmiizAVHKHIuMZNaZA51"
    "hQbBI6udJApkubTOmCP4vaUgUPHRPA/9rwXtiZ+56554TtA6H9OoovZRTfl1cmGQSpDud6"
    "VEQYp48GVlYQpwUIVk4Mp4sJVlcUJwYLVlEQNd6RGXqSCd/weLIT4Ahb0em/tTBd/Z3l/s"
    "7gAQx+m4Ax7ZJAhLAWQSYR7ECfAknne8JPgVT3ExNEWvwprAYSAKi46V4Ad4eBoSrK3sg3"
    "Xi7AlxHBcrHVGOxqg7o+iFptkN6H4SrFIJRz5uBDBAw9Yq4MAiK1Wx50xAk1JsTjGicGu2"
    "cWmWvfib0yiXOzGLSq0JEfrjZJhKSOW9ogUZpsMRGG5g78Sf4s+8MxO1We/YsdefYvtvPs"
    "8ePJwl/vepn52+BzrMPhtqsaLI3CCAsT2NokzLCtdVSzpGH/y7MU3H95lsh8PFW7bo8zVL"
    "1lxSabAlv2bVz+uUv5/tPD0bvq2bZ/l2ktXTvooG+zxphN0UvS2E8u6KgGzep0gT+wrm0m"
    "qg2JO4hv3bwTmVLeL7SHmH6LBGtOtPl8KR4iPuZXyKh7WFByedN1nK8hJkS8IdA2lvMtVy"
    "8c7vOID1jbGIDxs5gG1+3uZaf7oeVN+xvjujcYti/hgECjb4xfe51L/H1vahP83f79utPH"
    "A+z7QrMcvPpYdnKwPhIfhuewHcKUBdgOclX+noilkAr0haFM/R7svNE6s6Lcps2lKyVL65"
    "ECeAyw9rDwmGTCSIuObU/FAgCyNFCll+N2AKDyqCZEiTDlXsb0Lis6k/mczWwGiW8sVTI3"
    "79kcvH60dr/ROTpD38itZc7B9hXJGX4+m23CISc47R3btp6LHjxN0xuLwbtjPpUzY1Gs/h"
    "EQJVz/1ckzUcM4v3fOrYSNP+m5Jvi7TsKT0jgHQ3S+MG2Q9zprm4YY0sqh0KU0ILEwhZHb"
    "6kSbMp4JIt2mlBkszcnz4vsVOdozm5rZ0NRh9fwZRNVs1LUWONbcNNhaLNO5HPfipzk2D8"
    "uLs3i0UnN+0Ol+uGqr1x+VQbtFOPBaZ+piRjm7MeLRF3VzGBxo1T+HSMzmHOIxweTN42Mw"
    "iI+YS1vlDG48icHpk1HMbcoKeednL1799OrtyzevfLXlH9mlrbY107bdm34NjlKW1NSuUk"
    "twyKvIxe0C265JxetSGq/V1eN19fjR1+tHCazHAiJZCxjUOre6yPKq3NKIo66FkVsYdSuF"
    "gzgPAdg102wP01XIazhuTK9uZVFkK4tE5V4Ag6uX0BblcNyCloLRYauk5nQKTscacilYnV"
    "iAXEf/t3gcXrAO1fvGu2tCXlv2LjgxWZ/VkFfmjjgLbWjeMaMR1w3HO9fcFdTXJsywNXut"
    "0oWm2v71ZW4cUwe2pQxs19U95Vb3LCx2q33PwuENhcw8bvAZVv7ZJrGZrhOhQzihC2rl2n"
    "ynhNAQPpE6o3yWhflhqsrlaRwymBrP4MMHUGEZ1DKC40hCTItwxr32vcef0CeVb16MinHY"
    "zwkYfu+Ict0hd2zNyZyuiWGmVDMVw8zr0EjCx1etasUQGky5rS55LrlHaU/m23+UMTGL3Y"
    "P5kUfOYcpayjJLmdv09jZz0CFIVYfWioo5CK4WgCEOcJwvvNJRh+AMDGGIF8rgQrlsH6u7"
    "zjk17nZsohw83UyFiY2AItN+yg3F33/2B06Q3K85Ga3JYMZGlDjtm5ubvjkzU5+I6/F535"
    "ExuJw/mks4MTWJCYYMuNRRC7es+9wY98zSgN0T7EC9o5G0v8uu20ka71i3kZZH0zV3AH2O"
    "sLYEsGN7UY9Aahiq0xftps5ekYk2dXd3zFy9ksZXP0v21c+2fHXno1OzgqsRMpkZL1OhkK"
    "e9chjOEdLacpbZcq7xj+SvrLr4R8ToyJAjGiasvaaivCaPsQU4TheBoU5MFKkzXMLTMKvr"
    "FGA7mO4qmu4xn0GGdmQXMExveYqT/yjtyPwZGuNbBmdvCscy+N2kcSoXzOKm4bhyfnPVJ+"
    "YKhEa+eYO1/qFN/vntKbZVtExdBx8OfEFKMBCL15kW/sY6zAVMjFvTmsc0dS3zTnVmiMRK"
    "vrnDYZybI03P5L5sKOQNnDee//zd+y9XXPdFmrjui+S47ouo9yJ/Bk6jUdZEL983PK1ibz"
    "yp3WuTJdUz8rxBDbIhRmVMic6m8Ker259QMjbnC2qsn+aa98XnM8yppmeZ+D5B9Ypbz16n"
    "ScyBq5Kn/uut1BxDGIJUz1hIFCErhNmlaPIXz38UmB/xnph0LkVD1eCX0ASNnXCZ9z3IsQ"
    "zo1JguwQTNq6yC9AdUWLc0q6J6r+BAN0a72yIsV25VmjbgyV3A6ybgNawEQ7huS/bqvxCd"
    "xNV/DeGKuc7ZamZyRuYMg4Pgo2ncjyQSjb8ToxNw2ULu2w9ic4+UH6gMuJT7sgXAUtebkR"
    "6fLFOXFYW+hMxlRRu5BQPue4JbkWj/ianbRIArlD/kZsXuiQK6U2awSXGuIrMmDJYNbd9Z"
    "demMUlUm1cByEpdylj6ucPObuEaKmWsef/NHkmIdKoajOdB3T03tAOEDmiwDFq8Gajzq+s"
    "fHh3JXtT4vJxBV1+EdhM3F1+HVIEYy66sLYkhUEyib1E9EyqkS3+oSsMci6boE7DFIuU5p"
    "lA06rlMaGxmQ3z1TGstM1/OQ+xigIADqpwAIAsGEVBuum9aUGhoXeA6xZ9QmwD82RelzJ7"
    "GubbMRtVpEsxGL5+H90kVO3QbJj996vYx71MiFxBqruQO5kD9v7LSrik4rcyxHTPFzG1++"
    "O2wRUAbjGTXsG+Njb9i+apGZaTP9xlA6/atOt90iVLN0zWA3Rqc7+NJv90HBGHxpMevGGC"
    "hX7YGqfGjjQJzq6FPCC8JY50r3k3reV7oXH1uiWlUdWcCtWcqIcsm4lAbPOba1+7jWhKap"
    "M2okKLEgXUS+IyAsS8CegjusaX3e612FrOrzTkRRdb98Pm8D7wXr4SLNDumvGqF6fAjVlp"
    "2dqrrFs0qKiWtL4+BKkboRXtjYek8mu5b0J2c3wxP72NIlWcQ3BsnCpCw9QQ7WUM0W08sv"
    "2oG5Jd60hTNuTUANjWduVwj0LjZXeRveSFqkFZiQyY6fO13T+37edp2parV8Vrl96ppE1+"
    "awGE5Ej0z4nvnYBEVOngD/4Q/LceLwSflTdNdWlJMpmBVGbH1WsaPXPl/t852e4q679RbV"
    "rVe00ZSoVy88T+YMgSBNnR/wYH6Asz5sMzh5n7sNhRy73OH9KrfL3SjTVuJhKqkVDtokYD"
    "KZwucB54YvwVbRcumbOlmmhiLqRrp1fL3OoqilLEkFn3RaW4YcimOU38kmiAPVzpWJpQ1A"
    "VB3jAn40YrC0wNlmKiyNA4GqGcASlyQFmGYa7EfUrwSJCGdug9vPgxa4rgubUPBe0YkFkx"
    "JdwCa5p7qGzWvHMJwDcILDa9lEaOsYPK34G9SQmsRKq7kDUjt+m6NtlXU84KH4vhb4hWUG"
    "d0JEMvu50uA71LbZfBFXwpmoR4Ikh7OCnperTc5evPrp1duXb175SsQ/skt31OkKj9SJqC"
    "toHoWYc8I+p4j4NNDiRrDV6efZxF5wFlvodMwm6eDXUxd8hvyjUh0pPwEkzo8KZoekcaPE"
    "7itLnr177MwkOCO4NyFE9gfnK9OatKKJRuIuTRJJEXnyzf3729NdzWOLv1HtVJ2oU3Xg3o"
    "6SieAQrR3rPJAyc/89vZXZcd0irDmejuOWmQTCPFxt4dEesO2lk2NnWo2Mtlnvty5WT4jO"
    "6jeGcvm5020ROplrxo3Ru273lWEPT7ujYw3FxSe19/5956KNNRTjO9W8vdXG7MYYfLm+7v"
    "Wx5mK5WJiyZPLUVRUHrqrY3TY2KZh9Iq1iRRIJfhxgG3oP7ebHa9y1O/FWaEfmayX7NsUH"
    "8DZx/r+NTv9bsGLAY3RjHlnAuBhKaTG5xsoyjalv3AuDnxILPLAsJmphSJ1ujjFkvwRHKc"
    "bmfCCvI0J7Ml7+o0Rxakw2+aOqbt5W9Ts1H6Iu59GmiFRIhgfKLok079uzWFBZaEMc5gSV"
    "aqpSQYvda2wFa8vB2+geaGYjsEsXC8u8xw2iMZjwFxvbGdK5j1ISeEGX05k9mDsaK9oz1j"
    "/Z3IW+G6at3a5BsHi1yt3L6y6xjw7PrpOEyk0Sstn3GJN+CEfjuetdXwl0dZep3v59GLLS"
    "t2qPfEv9qtf94F0eLUiqM1sepxclSSC8jcG9z4xzKpT51mocOp9mQRbRQnUeoHgwHt4zGB"
    "FkTbBfxqY1cTIkEGEESoNTp9rQvCUrtM5hyefCwhGN00SCML21mYXM4GLfU8Mpb3sXNYHK"
    "u9ONodkcs5LJExxMEIL7YFB7aVFR1PuUzOkd405DAOCx8xxkxMjK0mybGSKDOWVo/Ss2wb"
    "CXQgBgTfxZmyZSmiZuj4oMZdPFLZwyhdnLCEoetU/rw95dVSd7EH/AFQ4WwRifetfmAUEq"
    "effJbWD69RqWAeYsD34vqBkFtW4SPylGipyT04k0Hk7ppOFy+o0oMR1fB15kmusBmgpyuI"
    "RGGMsRwldZeBwgqSCLX6ZaOV/uWDlfbq+cI3MSY5YkO/Te9ZXg76Ed+o2dnid7akN9wJUS"
    "Ll0ybxqkXi//9aX9pX3ZIg71jTFwms6KbrPvlc4VnnMSKeDcp871NR7gd9pikTb1vez8qL"
    "pMq+jkD2zMwSzLjAkqJqubMJW8FqK0KqfGEJNneLUwxPDWs4adQ+QBsjq/Srb8KkkwYmU5"
    "0ey2YVuxHVwDZ5u78GGK16nMv7DMUO3XhoBlPXi0Sb42/M6rwYPhZAzvKHwONaIqJ6KaXc"
    "Gd2lrW8CGnTa9gcAMs+7FUiIZMcu8rTgsH+AQyO6tOB/PWP7TJP5sk0M/aPfLs2VYl53Hg"
    "GMFMNXmvlR0iUE9hl5W8KRbFe56CZVkLB8NUFWR0KehX9TOWg5taYEDbmDaJdkuosU6pVo"
    "4STgrZZ2k/gRBRBb+AUhqpa8ZiGWNGJXeb9gnkaDaNt83abNopV7Omyzk4ILxJOBtbzOZk"
    "TvldAYZVKX2o4RS+WobPYUMh87cgZMGX4zHjnOATikSZORMtJ/CcAP/goNeWUIqvZrJ0NI"
    "06zwIQR6iq1NB0L5hYEmTjNzaamead4sD4jRh0I3JFcxfCwe5Ruagrh0SlAZpUOXAfh8Nr"
    "4lJhDholcAvtnllrp0eLbk69hd3ZNFT4EVi9Mtnu/VLEgHVO/InCJMyYLEx4pMxWboSwLH"
    "1VVYkEusAscR+5DCvFhqBeJGL46UTC/U7FKZkaoZLYazsaYxPiszvaQe0VmpWNmyHD8XUq"
    "w/H1DsPx9bbhKCxdNmFxmnhX25UQ3QHbrhwnHldg25XaUq/77taZBcVlFng+Q2ZjMkJYpU"
    "/quK0aPMZuiyNzrwbXv70MjHhiEknbeCEyG6Xa18OVwsXS4mZsS9rwBc0MKMR4Q/IgCPHR"
    "XMEpB4SbaHxB7fHMLXlA9eZEpZf2yPxOnmg20WF8LjrfEUpWIH4kNy2COe9kbM7nms1jut"
    "KWdpc94IrjNu2UqFbrZZq6iZfJhRMv3cqJHdgEzs/swESAqjKZtsdYRY6q4PxlJlnFBVei"
    "1EouuCCmrDfGAXDTXRN/uKhXi7h2qrubkDss/KY2mYNVJY57sYtbeMV1PPBa6Ogxau1rFK"
    "jzP48/a4BWlk+vKkowR4RPZ5Mps1Q6HptLeGLx3M+0tHUeRwFsESrM3eXYJz5gucICVACy"
    "MaNortvdy073Q4u49DfGZfuq82u7j/U4vkqK1uzkCsPWFTqyAzq+vHNAOlHaunxA5kzaGr"
    "pL/qiqC93JHgd+fNCdx9jioLt2YMQTk0ha6C4yG2WE7nwpJHu2QUGl9myD8+Vhz/Y38A/Z"
    "ps0tWVEYi2BrKtcU5z+Q8YwaU8bJdW8wZJNnZIjZeDDxQFBuWiTRsMWJTbgNU3LSiuklWt"
    "qNbgw4NGGWhv1Mby1z7vTLYta907TXIcM+W5iu9M35rXKq29/Ik28uvx0WPnNZyOsNq+TX"
    "mM0dvvLSyrRdlXu5zBmwObHZs+dpG2nt7KS1naGw+YqyMDpCVkGGF19SVe/Bc+BkkNrvSZ"
    "7r1fV7jljkJZ2UZfB6jrG3hGyCSOvs7LlBRJm+zpUZ69/g4Z0+zYrq8AqqbqZ0YxTCwepg"
    "TsmCQ4zlQOAjaHYLDjnhBc/VcPbsmNO18CWmJjHYlOJa+YwoLrVILjCNrWqi8u50YyyoNi"
    "Hwyu+I2F1kaoGLhPdZgFdj4ptS3b0RukEUL8XT6EOZK6PpbtNrELGXeWIksHZhZFF/u1yY"
    "5Br6h2NLp1BJ37hWOpctglP+xrju9z73hp1eV7lqBWe7HDGkqvVkbgR6jLdcJSQaSbSEAn"
    "JLKoX2+UF0KM8nhlQVlW92VFS+2XI7hWJjPIdpHqY8mcBTI6j6Qd1zseVUOnmciHGeKhbl"
    "iC+PTxamPB3B+z19nMWc/GWOCF+xhZ11n6ZKyL/2yZPVbnV9ctcJyGqIhshqjzx3fpOXi5"
    "WV/2G6YgTwSDyCHYCIM6uLCAL7A53YV5AWDgl9/3tsl8kx301FcGXPPSAHOBDCUBViesxu"
    "j1uaY5trPYMNTfgn5VRVNuOclMJIO1PDmjLNVN0LjBPzsBEDxzknmikAOe5fmQKSW9A1Nk"
    "9yovIeWNbEXbCcHa/gp+V4mO8EiCU+NdHYx+01IhIEyMRiKzHGduZ8SfeoUTOJ18jmLtSs"
    "YlBNzih0KeALncfr9J2moE9T2+G57XDcACunKb5FKrMYRJe3rfAJ81X8yqmQSolGHkVUNU"
    "6RLJDq4hQWu10CU/OIPUJ6Mvjko6yIqPGoGhCRSQyHBkRqKCQtFFKwzy4YluS3e9xM57sL"
    "PCuVA5/Ml9jycmd0Z46BV11XlkulR5s7nObasTuWY4cbyN/mSDqNENYiyC0CV1Nl4v6Gpm"
    "Z8bsYHl4v0rA9S1cwvypL2Qf09DWk/jHBiQkhrRwdnX8iMvlAGF8pluxFVLQXw1M2UrihH"
    "N6pUqqx11yOMK8z1fcUHze2Nf5omVjZectuci1iVl+JtiF5QDiDqBK8sc4WZ307ganznJJ"
    "eb1gSb8eNBPx1dzFQeFy8r7T51zExi5b/L/HcEnyVstqE4YPOiTr/fKEsOJSeQ11GBZNZX"
    "NyrgadrMRm6EsE6gK6d5ZchS2xPWrJaVtu2oFYH6VolBu5LfvM93m2UZs98uAgOd1Oee1v"
    "qPKLp4l6o4q/6SgYbXYs1671Qau34SuDaFYT+ixh1xaeD/Y51i/1ZsR02Dxrgz+DvXKPc7"
    "vpoGudWw+AceyzLvqR5n05dxi1iMPyIwTJ+KYvxf3R108LwXAqiNfumM/mMmypWYPeROfp"
    "zt2oTNF6bNjPE6dw1jGbtCVjfa0rA06qhMub6CDe9RUcZP+4eLqj1aqb+Bz+2rq06LzJmu"
    "azcG/lKGzk9q3xgDWFD7eIDTCT7tjTFs/6KIIzb7i4ojg/a18hGuYAs6uzE+tQcfFZjN/4"
    "ZB7xif0Xtq/RdHVgaflG5LbIZLjRuj336PVBY8J1Bh+zb1XOl+ahH0qVRkHd79M5JwOkeK"
    "a6U/6ODvBbW45hwZKP0PiigK59Sa0smN0f7wcdiGx4aX/rUDF7PpzGbw9OB03WtAM+h0FR"
    "gSli/4+6Pysd/C7gwz68ZQ/lC6l214JrqmwOMZNi3+A9sVr/FpB4pgDDh7VHDmE3DhvdLH"
    "W9wBH26pJUZX+p+VP3AQeJ45XeMonwQ/PsOj4/E7wZE5PD+eG/YG7bY6VJRfezCQbXIGCy"
    "il945pfKx9FYK9e4WJwMCOitkzG5GIePUTpduFQ0j0MYgFgTqFAHPTYGuwgLjoOEA0o0ko"
    "922ldOLZIQ7EG7aDu+M7GE5N2tcxebWNIZVa6xgmfB26xrEhI5jtnQ6ZaFPR2dGYkDFdaD"
    "bcpUkMk/AFHTOOLQYmlM9Y2sWi5BZrG4s1z8KwoT4gGhqauRlEddm+uFLcxu3OCKAqf1M6"
    "w073AxBd9LqXqnJ93e/9iq046IpqNk5EzkAkE9XzEIBGXIPjOMdwnH77l/bFEI9Z7C82tv"
    "P1gC9D7Tlvqo4y2bwRMqm/QM8xE2088PMS2zKLX3J8YreaBYaAO1cyKcNtSol3EW3IxvfQ"
    "h5uN8TGkNefTc97TgRm1ToSs5ngOjluM8jgLd8i+JzjYMaQSc76Q4ov278NQIM3j7JPPyu"
    "9PQ8G0q173g3d5QBIXV73z7UCnQBbV3JmNSSNIvA93Y5MR4UKrMkMgdSw6WSDVjUWHjKg8"
    "wo8doK5Wk7laDfwXLV9RYpjyZKTc8KYnOkDZXNAqyV2uvJNj63QZ8quTMwIypwPvkxMgh2"
    "7dKyug8MTgoPcwZvBSMZ+MS+llbzyc7uJmE/Q3I0qhH4tJe8mecOHxITnvIsCptOkXakBe"
    "D6dh4EZCLgHR5vC0hPoJE6tAIEC00G6S8YyN7+CXbZIRXvrLdftDk1x3P+DK8hsbXW9nYZ"
    "RyhzqnWmKF39yRXgEPZePGu4KRW3JIRn+idDKDzjnTq4vH912mxc13g1rrnZyOYfJobTuB"
    "qRNj865JjFBN0HwFbp53ukr/j3i0x7s+aJqe/zFsK1F0WftvzPROrt5zL5fZstyI//B76/"
    "IZPXv9JhNG71NUUFMUjxDX4Fcy66sLfnkWY1aTKExXl2GUU4axK5U+kGq9VyZ9IL37pASW"
    "1mUOz9Sy8+gvKJ/1lrH+nHeqmcKRG8O1qrlM6cGBsIXrNIEXp/oz0sH0IpEWi5WqM3hw7P"
    "lKCVaa4HaxXvxosyWsX7TqbbOEzhec2HLlyrsVbvG0hlfmBL4WzDGc+o0OfVqLwcTjNjGN"
    "d+L3zIT7wX1RKaL76O0LIZL+YTiRZXVj3JsI2TqnRWDW28dFXIdt5jgrNLG/SbbI3Ed3ls"
    "k6819O17TOPz+0LE460dD/phsZhdFv/+sLWG5OOqA7Rnze4KDdxZx08MYxCXyzK9h2PuGN"
    "8V7pXOGRW6rp+fILq7U/WIkpDWNdY2IHMFkraXBlzJ9pEkcttXYTrZCjJge+hTgAJzdaWl"
    "b9J6pBckssjlrivCAp7YKNLNBgzC+LOOpaFnll4axv8Ki5UxfDtAe0DzKaBdKmLjqOGfAQ"
    "5jNzra+0K3ocrbwiaHheISzt/iPjPsJur33XJT8+WovPCFyeZJJFiOg0hKBTcPdBk65w34"
    "MRsH9PSRQfYQs59lvCeKjDfZi2xs5PCTu32L3GVjkFHyI9mTTCR5ksit53DhkHyGr5yi1f"
    "29ZzfcZhypORcsPby9xBigi1fTQ83ZpaJekLoyjvHlIxxDLjJJK7eiNqj2c5ZLChqt3s3L"
    "VPdWb8sUXgG4WjdWYpbNNK/Ck0VjOTxBWkEPnqA+vShYOWLiStzAXw+ByG22PT5BNhc4xF"
    "koLVAfVRAKcHmGPxhaeazqeicdLyf1sRp5rpYMIUwPhrgYude6NJwfoSZvjG3pNqZ4Qg92"
    "PyvyLCeTAHzEXO/bnxcB4YZpj9KFKouLMd7CbJyUtpaorsLXF8apnLxY+bBC1wBRHpZt/h"
    "Hjp2BjM5w90OtrJGyrrPjfHkji1sbD62sjTbZkaTcBNrhcyVoZsUHFV9hUldU+2eOZstcN"
    "yrXGSlP62LguS3dZMzr3BWqOLHlhB2tT8KEMmcM5Izyb+UzJDEiqDkMGpyPZBUXHbjRqAu"
    "hZIB5cGwuaFQvo5OfYZ5tai4njmLCF62P+JVSreYeKM32Qs/hSTErDqpsOIh27Spnk29+y"
    "QyM7TBl3MvOu1kOPEm7lkkfbJnXWyULJDqBkz5cjRHuy5XqCVCezrBlnBVArjmYONmdzxl"
    "l39irCVDuVNAP7j1L3vurRIouZFiLuztC5e6nbbCLC3edXXPNHd5rXRzTaG7Z+/jvz0W52"
    "1PQynZLbtnFtfici6TnbIAiczOQk6X7Oz16xQuGVyV6JKJc5FtL+CjysBh9/IKcvewDu8v"
    "g143q8M70cY2+T+ia1wiN6CIrB1kxm4vNuqwRuwDHOB83/LmfRezv/8fXn4i8A=="
)
