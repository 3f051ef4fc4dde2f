from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "identity_bank_account" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "sheba" VARCHAR(26) NOT NULL,
    "holder_name" VARCHAR(200) NOT NULL,
    "verified_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "identity_customer" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_identity_ba_custome_119fd9" UNIQUE ("customer_id", "sheba")
);
COMMENT ON COLUMN "identity_bank_account"."sheba" IS 'IR and 24 digits';
COMMENT ON TABLE "identity_bank_account" IS 'A customer''s bank account by Sheba number, with its holder''s name; cash-outs go only to';
        CREATE TABLE IF NOT EXISTS "wallet_wallet" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "ledger" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" BIGINT NOT NULL UNIQUE REFERENCES "identity_customer" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "wallet_wallet" IS 'A customer''s credit in one ledger; its row is the lock that orders the wallet''s spends.';
        CREATE TABLE IF NOT EXISTS "wallet_lot" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "key" VARCHAR(160) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ,
    "expired_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "wallet_id" BIGINT NOT NULL REFERENCES "wallet_wallet" ("id") ON DELETE RESTRICT,
    "account_id" BIGINT NOT NULL UNIQUE REFERENCES "ledger_account" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "wallet_lot"."kind" IS 'PAID: paid\nPROMOTIONAL: promotional';
COMMENT ON COLUMN "wallet_lot"."key" IS 'natural key: wallet:<id>:paid or the grant''s key';
COMMENT ON COLUMN "wallet_lot"."expires_at" IS 'promotional lots only';
COMMENT ON COLUMN "wallet_lot"."expired_at" IS 'when the expiry job swept it';
COMMENT ON TABLE "wallet_lot" IS 'A share of a wallet''s credit: a ledger account that may not go negative. A wallet has one';
        CREATE TABLE IF NOT EXISTS "wallet_spend" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(160) NOT NULL UNIQUE,
    "amount" BIGINT NOT NULL,
    "to_account_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "refunded_at" TIMESTAMPTZ,
    "wallet_id" BIGINT NOT NULL REFERENCES "wallet_wallet" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "wallet_spend"."to_account_id" IS 'the ledger account the payment went to';
COMMENT ON TABLE "wallet_spend" IS 'A payment from a wallet, by the caller''s key; its parts name the lots it drew from.';
        CREATE TABLE IF NOT EXISTS "wallet_spend_part" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "amount" BIGINT NOT NULL,
    "transfer_id" BIGINT NOT NULL,
    "lot_id" BIGINT NOT NULL REFERENCES "wallet_lot" ("id") ON DELETE RESTRICT,
    "spend_id" BIGINT NOT NULL REFERENCES "wallet_spend" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_wallet_spen_spend_i_3e6263" UNIQUE ("spend_id", "lot_id")
);
        ALTER TABLE "identity_customer" ADD "national_id" VARCHAR(11) UNIQUE;
        ALTER TABLE "identity_customer" ADD "kind" VARCHAR(16) NOT NULL DEFAULT 'individual';
        ALTER TABLE "identity_customer" ADD "email" VARCHAR(254);
        COMMENT ON COLUMN identity_customer."national_id" IS '10-digit national ID of an individual, 11-digit national ID of a company';
COMMENT ON COLUMN identity_customer."kind" IS 'an individual or a legal person (a company)';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "uid_identity_cu_nationa_4f6baf";
        ALTER TABLE "identity_customer" DROP COLUMN "national_id";
        ALTER TABLE "identity_customer" DROP COLUMN "kind";
        ALTER TABLE "identity_customer" DROP COLUMN "email";
        DROP TABLE IF EXISTS "wallet_spend";
        DROP TABLE IF EXISTS "wallet_spend_part";
        DROP TABLE IF EXISTS "wallet_wallet";
        DROP TABLE IF EXISTS "wallet_lot";
        DROP TABLE IF EXISTS "identity_bank_account";"""


MODELS_STATE = (
    "eJztXX1v2zjS/yqE/9kW8BaN07Rd93CAm7itn03tIHG3i2sWKm3Rti4S6RPlOMY9+92PpF"
    "6s90iKbNMKF9jdWNJQ0gw5mvnNC//bsoiOTPqqN52SFXZaXfDfFoYWYn/ET7VBCy6X2xP8"
    "gAMnprjWRPoc2RoMXTuhjg2nfMgZNClih3REp7axdAyC2VG8Mk1+kEzZhQaebw+tsPGfFd"
    "IcMkfOAtnsxI+/2GED6+gBUf7zh39DQ+f3mrIHav3Fr1neaTMDmXrkRdyLxHHN2SzFsY/G"
    "fICdT+Ja/hQTbUrMlYW31y83zoLggMBwX2uOMLKhg/gdHHvFX4s/tccH/03dN9he4j56iE"
    "ZHM7gynRAbJtr2WEvThqOxdtMfa1qrBOOmBHOms0elggFz/gi//tbpnJ6+67w+ffv+7M27"
    "d2fvX79vc4mxc8lT7/52H2bLLXcowbPB58FwzB+IMMm6gucH/hY00IEulZDQlvtCOAn+ny"
    "+gnc59//oY/9mLxfnvcztPAP6BrQS2s7G6CFrrBXTAHRsUkBnwZn0XTFfUIRablmtomkjM"
    "lwJSsuCDZiI8dxbs59s3OQL4o3d9/qV3/eLtm5dRKQy9Mx1xistjy3+yZhwrI4CAoJIEvA"
    "meI4C9LoEIc0867wtwl12VyV5xLspf8f8S7PWv39/8brX2wt3O69cFuMuuyuSuOBflLnpw"
    "kI2hqaUp8Wwmx8hqmcmH1eW7n8h0Qx1kaXdoU4bTUaqmMfq3twX4/NvbTDbzU1Eu62hiOF"
    "Sz2KdCw8TR0MMUIV2b2khnx1MMFUJMBHE68x8fLCaQCRttV2omOLIDqeRZJaPRJR/ZovQ/"
    "pmumxGyU4bevH/tsOQgpsYsMJ2K6hEwVl28JfrpsLimbxwdTsiktG800LMMpZ87HKR837O"
    "vi+usGGPYhCZiEojRXKncVBERqtpeY7Z5iXyKs84cpNd+TtGrGV5vxPicJdVInfgEhBKRK"
    "BhW1jvcZrbQUUoiVHJ4ohwqLIUmrpFBNCvfIpvxBS7E/RCQt31sUsbHxFDF2WxNkc1zNWS"
    "BgQuoAdI9wUTTtIGKxkAM5AJqUy//djIbpUgnTxMSiG1MH/D8wDboz8bT+MVvhKWc+mKwM"
    "0zEwfcVv+89dYUU5POY8ithNvv/84mvvz7hrfX45+ihYxnTJ3BajiAE+JvUVZ5kGU7yFC3"
    "bGMSyUqa1ClHHReKSv/D/kAaWLqy72gvoIm5uWC63kiGY8+Nq/Gfe+XkXkc9Eb9/mZjji6"
    "iR19EYdDgkHA98H4C+A/wb9Gw35cjMF143+1+DPBlUOY57zWoB5CgfyjPtciUo+EhYpCWB"
    "EimcMOVdHCIiDWSTaIdSJALB5em92lhnhcBiZZ/onYyJjj39FGMH7AnhEyFZ/CZi/WeBkM"
    "dGQM/9ufU/7R7Xy14TqISUanGnt/9tbI9QGv2dS/HpyzLwtn9ARO79bQ1rUIx/kZ0iGxI8"
    "G10VMh8ZA0xMSjGmE0Juw/18iETrqV4AuHFPkaPR7/kUIwgstWx4rx0oIYzsVT8uE4cTQK"
    "3heWSHaUvO9bKkVD5Vpg2zwaMG+NmT1EVs6EPHQBwQjYZA2WzFTyhgLTBcRzRudaUEiPnF"
    "wbTKYrB8zhkr6K21I1D50SwP/R8l/Ynfu+ueeG7UOhfRXFlzKKH8irlAzCVPtzPRoijONH"
    "AxsriOMCBBsnhuPFBJsriiODBZsoCIV3lIaeZMI3fJ7kAhxRK7r4WovSqXVWeZ2xB8B0lo"
    "Ex5UkgRqhEUEoEOehTKOn8ifBTKNX9yARRFH+KqoEMACptutfA3XFoqIayN7bGdwvwlUSw"
    "PGw1Bbvaoq6PolZbpPdxuKqHAaQUufgQYIYeIGsMmEidrg8dUQCxDnyuUYDRPbKBZTwAZ0"
    "2Ae7MUtKrWkR+vNsmEpA5b2iBRmmw9EYZ2Dv4kf5b9/phdKM/+JCfP/iSZZ88XTxn++tfL"
    "zN8WtXgdDnU81WAbkI2wJIytbYCwY2/imqUI+087Bbh/2slkPj+lXLfnGapOWLHZpkDCvk"
    "3LP/coP/3+ePSuebbt37u0lq5cdDCwWVPMpvglRewnD3TUwmZ1scAfs64dJKoNgTdIYN18"
    "EJlS/i9uDyFzxgk2FBiWtRIPkR7zq2XUJ1hQcnnTKs7XEhMi3RDo45WVcPWi4T6feI+1jS"
    "EYv4xpcNUfXgyGn7v+tL/FV6Obcf+CHRBo9C3+YzS44L/viaHz3/0/rwbX/AB6WBq2i1cf"
    "yk4O10fyh6EVbIcoZQ22g1yVv0diKRQCfdlQxLxndt5kU1pRJmkr6UrJ0nqkAB5DrN0vPC"
    "aZMIqiY8mpWANAVgSq9HPc9gBUHtSE2CFM+SRjOs+KLmU+lzObmcS3liqwyD2ymNfPrd2f"
    "0OLO0E8ws4nFbF+RnBHkszmEHXKD0/6xpPVc9+BFmt7YiL07z6dyZywXa3CEiZJd/8PNM9"
    "GiOL9/zquETT/puyb8t0rCk9I4Z4aotSQOk/embJuGFNLGodA7aUBi8xRG6mi6MUe0FESa"
    "pJQZLK3I8/r7Fbnas5ya2dKosHr1DKJmNuraCBzLIhhtxGe6kuNe/zTnzcOq4iw+rdScvx"
    "kMP1/2tasvvZt+F1DGaxNpywWk6Banoy/a9jBzoLXgHEdituc4HhNO3jw8BsPxEbJyNIrY"
    "jfUUnD4bxUxSNsg775y8effm/enbN4HaCo7kaaukZkravcW/wXHKHTW1a9QnOOJVVOJ2jW"
    "3XpOL1ThqvqepxVT1+8O/1swTWUwGRsgUMmsqtrrO8qrI00qiVMCoLQ7VS2IvzEIJdS832"
    "KF2DvIbDxvRUK4s6W1lkKvcaGNy8hLY4h9M+aAUYHbVKFKcLcDrVkCvA6swCZBX9T/A4+s"
    "HaV+8b/64ZeW3lu+CkZH02Q16lO+IsjTG5Q7iV1g3HP9fOC+obOsKO4Ww0uDQ0J7h+lxvH"
    "qMC2lIFtVd2z2+qepY1mxkMZDm8pZOZxiy545Z9DgINMEwgdQgFcQrvS5js7CA3xJ9IWkC"
    "7KMD9K1bg8jX0GU9MZvP8AKvsMGiXBcU4CiA0oon773sNP6KPKN69Hxbjsp4AZfh9A72oA"
    "7tCGAgtuACYF1UzDMHMVGslYfM2qVoygwZA62opWknuc9mjW/rOMidnonpkfVeQcpVRSll"
    "nK1IGzWemgQ5hKhdbqijkIrtaAId7wcb7RRkcdwjMwgiGe927Oexf9Q3XX+QjxXc4myuHT"
    "7UKY2IRRlNpPudUL9p/9hQJOHtScTDbgZoEmELjtm9vbvjkLYuriev68H8CUuZy/khU7MS"
    "eAMEOGudRxC3dX97nF98g2GLt13oE6p5F0sMuu10ma31G1kZZH07VzgD5XWAkB5Gwv6hNI"
    "DUMNrkW7qc4boBtzb3fH0tUrRXz1Trav3kn46u6i08qCqzEymRkvU6GQr70qGM4xUmU5y2"
    "w5K/wje5U1F/+IGR0lckSjhMprqstr8hlbg+N0HhrqyERROMMlOg1lcp0C7qf4TWHJFHCa"
    "wnOiiMO0RDYl2HVTgsahL8iaTQHw0x+s+w9D/+fPl7xloE1Mk/knzM+BgAcZ+XXE5r95je"
    "HShM6M2FZKw9Jd3kllPUiswPKcIYtMDLOUab6lkDco3Hr924P/T6WY5UmRmOVJdszyJG6Z"
    "y59d0ioZGpbJ7zmuQmZ+0rg39BU0S/K8BTHYEnNlDIGJ5uxPT7e/gGBKrCXEm5eV5n39sX"
    "oLGmaZiR8QNK9ws3NWJOmEXZU99c8SaSdY5IpCs2SRTIysFmbvRJOfvP5V4FnAf2IwuBDN"
    "QsMroc00dsZl/nqQ4zNgQjxfMRO0qrIK0+9RYc1gWUX1qccHusX9YRegSnlDRVpcZ3e4Vg"
    "2uFWTChvDclvKVbRE6iSvbWsIV85yz9YJQBCwkNq93FgYNomTAoB/E6IC5bBH37RexcUXB"
    "BSoD5uK9bA2Qy9V2pOcny8IlM5GVULpkZiu3cDD5iX3kY5HsI1O3mcUvkdwYL+PzaYzyoa"
    "ubbfpuU5hVsRZrzXfjqGUr8u/BSFIoj73XXsXnVg5yGpp+JQBULZR0rgqynh802dSCoapF"
    "WaowaB9srr8wSHme2axvrucpUZGSbFI/EikXysRRNSnPRdKqJuU5SFnlWMmG96kcq1YJuE"
    "7iHCsfbk0BCkJIbAGAIIQAF9oBmthziA0q8BzgLKADGP/QnEufutlQfQdNoN0FhsMBVBrd"
    "wFkkQm3h1/S9oHdxD4VcSKyx2jnIhfzJPsdd5nBc6T4VAkFf+/zlh+MuYMpguoDYucVfRu"
    "P+ZRcsiIPMW9wbXF8Ohv0ugIZtGhjd4sHw5tt1/5opGExXNrJv8U3vsn+j9T73+UAUmtyn"
    "ZC/IxvrYG/6ufbzuDc+/dEX5nDaxGbcWVeL09eNSBnvOqWPcp/VKI8REEGcosTBdTL4TRr"
    "grAfsKbr+m9cfR6DJiVX8cxBTV8NvXj33Ge8F6dpHhRPSXQqieH0KVsLOLRG4Dq6SeYKQ0"
    "Dq4U8fbohw1tnshkz5L+3d1e7cgWW7HIeHqngjJMKtOkYG8dnhwxvYJKCza3xJt2+YzbAK"
    "aGpguvTJ17F9ur/B04ZN3Efjshsx0/b7oW9/38/QMLFdgErPIaZ7WBaVjsY6iLpn18B/op"
    "YYocvGD8Z3/YrhPHn5S+5O7aGlIwZ2YFTi2qqXd05fMpn+/4FLdqH1pX+1DR10+i5qHseU"
    "pnCIRpVH7Ao/kB7vchyeDsjbe2FHJsu8Xv17httyal9jaOUkmtcLhNwkwmInwe5tzQFbNV"
    "jEr6RiXLKChCdfZU8XWVRaGkLEnZlXRaW4YcikPUTMkmiD0VPO0SS7thohrgc77nfQqWFj"
    "rbLoSlUUagGZixxCMpAKYRjH7l+hVwIkCR13Hz602Xua5LB0DmvXInlpmU3AVsg3toGryb"
    "5pQN5wKczOG1HSC0dQqeVv8NFKQmsdJq50Bqh+9Nk1RZhwMe6m9GwFdYaXAnQiSznysNvg"
    "MdB1nLtJrXTD0SJtmfFfR6t9qkc/Lm3Zv3p2/fBEokOJKnO1S6wjN1IlQFzbMQc0XY5xgR"
    "nxa3uDnY6jZhbPMGXjZamnCK9GLw67ELvkT+0U4dqSABJM2PCmeHFHGjxHYQK1q+5eeCAD"
    "4jqD8hRPYHpWti6914opG4SxvEUkRe/PT+/vkyr+Nn/TdSTtWROlV7bsgnmQj20Y9P5YHs"
    "Mvff11ulHdcEoeJ4MY7bJAuEebzawqfdY69CN8eO2K2Sttno+5BXT4h22Le4d/F1MOwCqF"
    "sGvsWjq/51bzzip73ReQ3F+e/a6NOnwXmf11BM7zQymxlTdItvvl1dja55zcVquSSyZPKo"
    "qoo9V1Xk9/rMCmYfSX9PkUTCFwezDf2H9vLjDerZnfxW3I6s1v/zfYEF8D5z/r+PT/8Zs2"
    "KYx+jFPMqAcSmU0mJyrbVN8Dww7oXBD4HNPLAyJmptSJ1Jpjxkv2KOUorN+UheR4z2aLz8"
    "Z4niKEw2e1E1N2+r+e1191GX82xTRBokwz1ll8Sa9z2xWLC3NMZ8mCNUqgepZTuHq/nCub"
    "HcpRZvdhqcbOfBxpg4xmyjTcXVGvUuV+1Nnx0Qq7Jbdpvd4qCHFFt0zI6mc9e/vhGwYJ6N"
    "2f9zHDEvE0UzgYl5ORp+9i+PV9KolIznaf5LEsHtrXTD6WPHTi0rD53N/RhDfp2Gggt3+R"
    "n+0RJFV/w+7EPKTv5oBeXg4YNRC9E/ypbHX+pDLuWHvLzOOzZd11ovEBZ5AtsGBsyBsp3n"
    "krYSSef0V3FRsy0gkNmycNuqiM1f2yDUZMM78upVIr3kQMm0nJladgO4HBFox9D6rar5XH"
    "u40GVZ2WyGKFUDGX1aKMJ+mhNhP03LaWg6jBrutMWjyXjeBgbfxLHovox7/NJv5RKxz4ou"
    "gQhRA1fATrq7GHi5SjGjsltgBARydMDgty3bAcONodvzlcUcENoGFDFf2KHAgvSuBsNqJ8"
    "0x2Cn+aiWWw5ZC5rUgZEFX0ymiFPAn/IWKFl0iD5afQ7ZNeETAr5WUYtXoK1fTaFaZfIYY"
    "VZOqrJ+UuCAJsvEdTRaE3PXcErBWCroRu6Kdh3Cge65ctLVLosEQzaOJ6iOMwJfx+Ap4VO"
    "5+yuwWxj2yN27iuEnm/ofd7WQu/AgeUtOTCel1DKjiHUcKkyCsLwl7pNJWboxwV/qqqRIJ"
    "paaveHPbEl+KLYH6SKTwk2kmZ0WD9gkFmRqjkthrOxhjhbFVxsgMCCrZmLJxM2I4nhUyHM"
    "9yDMezpOEoLF2kozRNnJcLHqHbYy74YSKlNeaCK0tdNQNQkef6Ek99n6G0MRkjbNKSOmz+"
    "qM/YpDhKJ5B6/u1FaMQjk0jRbNDYbJSq2ZgnhfOVTUlqnXz0gnYJFGK6JXkUhPhC1uyUC8"
    "LpBl1CZ8rcft77S2ACblR65UzIA3hhOMBk41NRjgcgWDPxc3JiA5NNHjAllmU4NKVUfmd3"
    "eQJccdhKYonqtE87RUJuneyIW+flY9gEn5/lgYkQlbQVYcfwFTmoggs+M9kqLvwlKqzkwh"
    "/EYlirGIDvBED4Dw/16gLPTvVaHHrDst/QARazqsRxP3YxY6+4SQdeax09Ra39iAN1wfL4"
    "SwG0siy9pijBChE+E+lzZGvetquaeO5XRsE462EAWw4VVm69EBDvsY58yVQAZ2NJ0Vz1hx"
    "eD4ecu8Ohv8UX/cvBH/7p/0d2qpFv8qTe45IfciuxKYdj686RUd8d6AZ1A3hUgnTitqhmX"
    "OZNWQXfZi6q50J3sceDnB935jK0PuuuHRjwyiRSF7mKzUUboLpBCtmcbFlRhzzY8Xx73bL"
    "8z/xBta+/BGrKxgMH+9Uxx+gvgW5zPEQVXo5sx0l+BMc/GYxOPCcpLiwQGBZg4gDpsSurd"
    "lP2qdnajW8wO6chmloUOZjax3F09kX3vdhJwye7QRqQr/XR/axSazk/w4qfHb5eFrzwWUt"
    "VFU36N2c7xlVd2qR6a3uUyZ8BWxGY7r4u2HMztOZjMUNiuojKMjpE1kOH1l1SpxoB7TgZR"
    "fk/2XG+u36P2RJPL61F7ojViT7RLkurf8MO5Ps0amuwVNJMUdGN6gDKrA7klCy4xLwdiPo"
    "LhdNkhN7zguxpuIzELboQvMScAoznk38pXoOdRi+QCghPVRLu70y1eQkMH7JU/ANHybG4z"
    "F4nfZ8m8GsLfFJrejbgbBPml/DT3ocgat729AzAQG6xkRgKVCyOL+stzYbJr6B+PLR1DJX"
    "3rqje46AI+5W/x1fXo62g8GA17l93wbJcjhnSHSu017l0ub54PezFnZTNdwhtIeEpINJLo"
    "CgXklVQK7cM0m/c65cVQqKLybU5F5duE2ynRnlN7qswPq36m7qnog1lMHkdinBeKRbniq+"
    "KTRSmPR/BBTx/3Yw7+TSaArvkWq0lstfnyVz55ttptrk/uOQFlDdEImfLIK+c3+blYZfkf"
    "patHAM/EI8gBRNxZXUcQOBjoyFZBUTgksv6f0MOb8nw3jYMrT2zkfcMH4jBUg5ie0sk7oT"
    "mSXBthNCbsPwWnam87zlEpjKIzNaopi0zVp+2ryedhKwWOc0+0CwByNLiyyEaacMObJ7lR"
    "eR8sa4PJRhi2U/7Tdj3MDwLEEktNNPbxeo2IBAGg22gtxkjdQ3MX91ComcTfyHYeatYwqK"
    "ZiFHon4Au00nV6rikY0Cg7vLIdzjykqqZ4glRmMYgub4nwCQpU/NqtkCqIRh5EVAqnyBZI"
    "c3EKG81WjKlVxB4jPRp88llWRCg8SgEiMolh34CIgkKKQiE1++yCYVl+u8/NYr67wLMKOf"
    "DZfEktL3dHd+cY86pVZblUerSd4zQrx+5Qjp0NMZ1VSDqNESoRVBaBp6lKcX9LoxhfmfHh"
    "z0Vx1oepFPPrsqQDUP+JhnQQRjgyIRS1o8OzL2JGn/duznsX/VZctdTAUy9TuqEc3apSqb"
    "LWPY8wrTA38BUfNbe3/mmRWNl0RR1iiViVn+KNRS8oFxB1g1c2WfPMbzdwNb1zk8uJrfNm"
    "/PxgkI4uZipNi5ft7D4qZiax8s8z/13BlwmbbSn22LxocH3d2pUcdpxArqIC2axvblTA17"
    "SljdwYoUqg203zyoil9kRYs1lWWtJRqwP1bRKD8pLf/OWbZFnJ7Lfz0EBHtdyLWv8xRZfu"
    "UtVn1feQbUwXrRSr3juTa9XD7TW73Ie8lJH8XCzkJ3YvzLZ975lHU3ID0RCJzPWVFY3fzt"
    "lZkX4xZ2fZ7WL4uVjmGFtUJTjsXd5A7u5km0l2RwelxW+yt2cNkex/g9bDJJvUtt9qCQuz"
    "fojq7/8BDeNyQQ=="
)
