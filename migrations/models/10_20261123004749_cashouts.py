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
        DROP TABLE IF EXISTS "wallet_payout_batch";
        DROP TABLE IF EXISTS "wallet_cash_out";"""


MODELS_STATE = (
    "eJztXW1z2zYS/isYfWk6o3oSO0lTpdMZ2VYStY7ls5W2c3GHgSRYYk0SOoKyrLnrfz8s+C"
    "KSImmSIiWIxn3oxSQXpHaBxe6zL/hvy6QTYrCj7nhMF5bT6qD/tixsEv6P+K02auH5fH0D"
    "Ljh4ZIhnDTKZElvDoWdHzLHxGIa8wwYj/NKEsLGtzx2dWvyqtTAMuEjH/EHdmq4vLSz9Pw"
    "uiOXRKnBmx+Y2vf/HLujUhj4TBn1/9F+oTeNeYf1DrL3hmfq/d6cSYRH6I+5C4rjmrubh2"
    "qk/7lvNBPAtfMdLG1FiY1vr5+cqZUSsg0N2fNSUWsbFD4A2OvYCfBV/t8cH/pe4vWD/ifn"
    "qIZkLu8MJwQmwYaetrLU27HAy1m95Q01oFGDemFjCdfyoTDJjCJ/zw0/HxycmPxy9P3r57"
    "8/rHH9+8e/muDRLj9zZv/fiP+zFrbrlDCZ71P/Yvh/BBlEvWFTxc+EfQYAe7VEJCa+4L4W"
    "zw/2yG7WTu+8/H+M9/WJz/PrezBOBfWEtgPRvLi6C1nGEH3fNBEb1D3qzvoPGCOdTk03KJ"
    "DYOI+ZJDSiZ+1AxiTZ0Z//Pt6wwB/N69PvvUvX7x9vX3USlceneOxS2Qx5r/dMk5VkQAAU"
    "EpCXgTPEMAO10CEea+On6Xg7v8qVT2intR/or/L8Be//ndze9WayfcPX75Mgd3+VOp3BX3"
    "otwljw6xLWxoSUo8nckxskpm8n51ef0Tma2YQ0ztnqyKcDpK1TRG//Q2B59/epvKZrgV5f"
    "KEjHSHaSbfKjSLOhp5HBMy0cY2mfDrCYYKpQbBVjLznx4sJpARH60uNRNcqUEqWVbJYHAB"
    "I5uM/cdwzZSYjXL55fNpjy8HISX+kO5ETJeQqeLybYOfLpsLyubpwZRsCstGM3RTd4qZ83"
    "HKpw37qrj+sgGGfUgCBmUkyZXKXAUBkZrtBWa7p9jnxJrAxxSa75u0asaXm/E+JylzEid+"
    "DiEEpEoGJbWOt42WWgoJxEoOW8qhxGLYpFVSKCeFB2Iz+NBC7A8RScv3FiN8bGtMOLvNEb"
    "EBV3NmBBmYOYg8ECsvmrYXsZjEwQCAbsrl15vBZbJUwjQxsUz0sYP+hwyd1Sae1s93C2sM"
    "zEejhW44usWO4LW/1IUVZfAYeBSxm3z/+cXn7p9x1/rsYnAqWMZ1ydQWo4gBTjf1FbBMww"
    "newjm/4+gmSdVWIcq4aDzSI/8f8oDS+VUX/4GTgWWsWi60kiGaYf9z72bY/XwVkc95d9iD"
    "O8fi6ip29UUcDgkGQX/0h58Q/In+PbjsxcUYPDf8dwu+CS8cyj3npYYnIRTIv+pzLSL1SF"
    "goL4QVIZI57FAWLcwDYr1KB7FeCRALwmt394khHpeBmyz/QG2iT63fyEowvs+/EXMVn8Bm"
    "L9Z4EQx0YAz/x59T/tX1fLXxMohJRqca//38VxPXB7zmU/+6f8Z3FmD0CI/vl9ieaBGOwx"
    "16TGNXgmejt0LioUmIiUc1sMiQ8v9cEwM7yVaCLxyaZzd6Ov4jhWAEl81jM8ZLE1t4Kr4S"
    "hgPiaBS8JyyR9Ch5z7dU8obKtcC2eTJg3hpye4gunBF97CBqEWTTJZpzU8kbCo1n2JpyOt"
    "eCIpPIzaXOZbpw0BTP2VHclqp46IQA/teW/4Pdue+be27YPhTaV1F8KaP4gbwKySBMtTvX"
    "oyHCOHw0sLGCOCxAsHFiOFxMsLmiODBYsImCUHhHYehJJnzD50kmwBG1ovOvtSidWmel1x"
    "n/AIvdpWBMWRKIESoRFBJBBvoUSjrfEn4KpbofmCDy4k9RNZACQCVN9wq4OwwN1VD2xtZ4"
    "vQBfQQTLw1YTsKs16vokarVGep+Gq7oWwowRFx9C3NBDdGkhLlKn40NHDGFrgnyuMWSRB2"
    "IjU39EzpIi92UJaFWlIz9dbZIKSe23tEGiNNlqIgztDPxJ/iz73TE7V579q4w8+1ebefaw"
    "eIrw139eZv62mAl1OMzxVIOtYz7CnHK2thGxHHsV1yx52H9ynIP7J8epzIdbynV7nqHqDS"
    "s23RTYsG+T8s89yg+/PR29a55t+0+d1tKViw4GNmuC2RR/JI/95IGOWtiszhf449a1Q0S1"
    "IfIGCayb9yJTyv8L7CFi3AHBiiHdNBfiI5JjfpWMuoUFJZc3reJ8LTEhkg2BnrUwN1y9aL"
    "jPJ95hbWMIxi9iGlz1Ls/7lx87/rS/ta4GN8PeOb8g0Ohb6/dB/xz+fqD6BP7u/XnVv4YL"
    "5HGu2y5evS87OVwfCR/DStgOUcoKbAe5Kn8PxFLIBfryoajxwO280aqwotykLaUrJUvrkQ"
    "J4DLF2t/CYZMLIi45tTsUKALI8UKWf47YDoHKvJkSNMOVWxnSWFV3IfC5mNnOJry1VZNIH"
    "YnKvH6zdb9gEZ+gburOpyW1fkZwR5LM5lF9yg9P+tU3ruerB8zS9sQn/7ZBP5c5YEGtwhY"
    "uSP//VzTPRoji/f8+rhE2+6bsm8LdKwpPSOOeGqDmnDpf3qmibhgTSxqHQtTQgsSGFkTna"
    "RJ8SVggi3aSUGSwtyfPq+xW52rOYmlnTqLB6+QyiZjbqWgkcy6QWWYltupTjXv00h+ZhZX"
    "EWn1Zqzt/0Lz9e9LSrT92bXgcxzmuDaPMZZuTWSkZftPVl7kBrwT1AYtb3AI8JJ2/uH4MB"
    "fIQuHI0R/uJJAk6fjmJuUjbIOz9+9frH1+9O3r4O1FZwJUtbbWqmTbs3/x4cp6ypqV2jtu"
    "CIV1GK2xW2XZOK17U0XlPV46p6fO/79bME1hMBkaIFDJrKra6yvKq0NJKolTBKC0O1UtiJ"
    "8xCCXQvN9ihdg7yG/cb0VCuLKltZpCr3ChjcvIS2OIeTNrQcjI5aJYrTOTidaMjlYHVqAb"
    "KK/m/wOLph7ar3jf/WlLy24l1wErI+myGvwh1x5vqQ3hOrldQNx7/Xzgrq6xNiObqz0vBc"
    "15zg+ToPjlGBbSkD26q6p97qnrlN7vTHIhxeU8jM4xabQeWfQ5FDDAMJHcIQnmO71OE7NY"
    "SG4Iu0GWazIsyPUjUuT2OXwdRkBu8+gMq3Qb0gOA4kiNqIEea3793/hD6ofPNqVIzLfoa4"
    "4fceda/66J6sGDLxClk0p5ppGGauQiMpi69Z1YoRNBgzR1uwUnKP0x7M2n+WMTGbPHDzo4"
    "yco5RKyjJLmTn47q5w0CFMpUJrVcUcBFcrwBBvYJwvrNFRh/AMjGCIZ92bs+55b1/ddU6x"
    "dZ9xiHL4djsXJjbiFIXOU251g/Nnv2MIyIOak9EK3czICCO3fXN73TdnRo2JeB6+9z0ac5"
    "fzB7rgN6YUUW7IcJc6buHW9Z5b64HYOmf3BDpQZzSSDk7Z9TpJwxtVG2l5NF07A+hzhbUh"
    "gIzjRX0CqWGo/rVoN3X8Gk30qXe6Y+HqlTy++nG6r3684au7i04rCq7GyGRmvEyFQr72Km"
    "E4x0iV5Syz5azwj/RV1lz8I2Z0FMgRjRIqr6kqr8lnbAWO01loqAMTRe4Ml+g0LOo6hdjO"
    "TXcNTPeEZVCgHdkZH2awOMTJv5d2ZMEMTfAtw7M3h2MZXjd5nMo5sRm1XFcuaK76gi650N"
    "A3f7DOz/rkl2/fQ1tFmxoG9+G4L4gRBGLhOWrD31CHOecT447aZkJT1zrfpDJDJFby7QyH"
    "0aQj3Sjkvqwp5A2ct17+9Oj/r1Rc91WeuO6r9Ljuq7j3In8GTqtV10Sv3zc8rGJvuKk/6J"
    "MFNgryvIUttCYGZYyRQab8n55uf4HRmJpzbK2+LzXvq89nMLFuFJn4AUHziluP3+RJzOFP"
    "pU/9NxupOZYwBLFRsJAoRlYJs2vR5K9e/iAwP+R/Meqfi4aq4ZXQ5ho75TF/PcixDRjYmi"
    "64CVpWWYXpd6iw7nBRRfWhCwPdWr3LDiKlcqvytAFP7wKumoArWIkP4bktxav/InQSV/+1"
    "hCvmOWfLGWUEmQSCg9xH01kQSUQ6ey9GR9xli7hv34nDPXIuUBlwKe/HVgBLXa1Hen6yzF"
    "1WFFkJhcuK1nILB9y3BLdi0f4DU7epAFckf8jLit0SBfSmzM06xbmJzFKYaRqXSlb1LeFc"
    "l0oOtf8jGEkKFbvzKr74CszAl0OLtADMrIXKF1Rp3/MDcJtaela2vE+VmO2CzdWXmCn/PJ"
    "31zfXPJSp3k03qByLlXDldqrrpuUhaVTc9BymrbD3ZUFGVrdcqAGpuma1XZyaaD0onAAUh"
    "vDoHQBDCyXOdJU7tKbZ0JvAc5Mywgzj/yBSkz9ycsZ5DRtjuIN0BmJlFjwIX6WJrkDr5VP"
    "E63qGQC4k1VjsDuZA/JeqwC2YOKymqRLjscw9+/OWwg7gyGM+w5dxanwbD3kUHzahDjFur"
    "27++6F/2OgjrtqFb5NbqX958ue5dcwVjsYVN7FvrpnvRu9G6H3swEMMG+JT8B/KxTruXv2"
    "mn193Ls08dUYipjWzOrVnOYGnNuJTOv3Ps6A9JXfcoNQi2UpRYmC4m3xEnrEvAvoLbrWl9"
    "OhhcRKzq035MUV1++Xza47wXrOcP6U5EfymE6vkhVBt2dq7CDd8qqSZkK42DK0VWQnRjI6"
    "stmexZ0r+5B/Ud2GLLlz+Q3POiCJOKtLvYWa8wR0yvoB6Fzy3xSzsw41aIq6HxzGt4AN7F"
    "+in/LBdJ649CEzLd8fOma37fzz+JMlcZUsAqrwVbGxm6yTfDiWj/yNczG1OuyNELzn/+D9"
    "t14uBL2ffgri0xQ1NuVliJpUfVjq58PuXzHZ7iVo1oq2pEKzpEStSGln9P4QyBMI3KD3gy"
    "P8DdHzYZnH6E25pCjgPc4H2NO8BtVOiU7CiV1AoHbBJuMlHh83Dnhi24raKX0jcqWUZBEa"
    "pHrIqvqywKJWVJitOk09oy5FDso7JMNkHsqCysTizthouqb53xP1oJWFrobjsXlsY4gaZb"
    "nCUeSQ4wjVrkB9CvCIgQI17v1s83He66zh2EufcKTiw3KcEFbKMHbOjQl3XMh3MBTu7w2g"
    "4S2joBT6v+BQpSk1hptTMgtf138NlUWfsDHqpv2QArrDC4EyGS2c+VBt/BjkPMeVIJZ6oe"
    "CZPszgp6Wa82OX71+sfX707evg6USHAlS3eodIVn6kSoCppnIeaSsM8hIj4tsLgBbHVbVb"
    "ahzZlN5gYek0k++PXQBV8g/6hWRypIAEnyo8LZIXncKHGwyIIVb4w6owhmBPMnhMj+YGxJ"
    "7Uknnmgk3tJGsRSRF9+8f3/7PqsvavUvUk7VgTpVO25bKJkIdtG1UOWB1Jn77+utwo7rBq"
    "HieD6O2zQNhHm62sKn3WFHRzfHjtqtgrbZ4I9LqJ4QTcNvre755/5lB+GJqVu31uCqd90d"
    "DuC2NzrUUJz9pg0+fOif9aCGYnyv0bs7fUxurZsvV1eDa6i5WMznVJZMHlVVseOqiuyOqG"
    "nB7APpgiqSSGBxcNvQ/2gvP15nnt0JrwI7slyX1Hc5FsC71Pn/Lj7977gVwz1GL+ZRBIxL"
    "oJQWk2stbWpNA+NeGPwY2dwDK2KiVobUGXQMIfsFd5QSbM4n8jpitAfj5T9LFEdhsumLqr"
    "l5W81vQryLupxnmyLSIBnuKLsk1rxvy2LB7lwfwjAHqFRzlQra5EEnS7637LyN7o5mNgC7"
    "eD636QOcfQzBhL/J2CmQzr2XksAzvJjOnBvT1VjxnrHBzXYW+m5RR79bccHC0xrzHlddYp"
    "8dnq2ShOpNEnLIY4JJP+RXk7nrP98IdDXLVO/9OYxY6Ru1R4GlfjG4/Og/Hi9IUpktz9OL"
    "kiQQ3oPg3mfCGBbKfGM3jtzPsyGLaKFmhiiejIcPLIIEWZvbL2NqT9wMCUAYOaXFsFttSO"
    "/QEqxzvuUzYeGIxmkiQRjfOcQGZjBxpKfllre9j5tA9b3p1tIdBlnJ6AUMJgi5+2BhZ2Fj"
    "UdT7PTLxPWFuQwDOY/c70Iigpa07DrFEBnPO0PpXaILhLIQAuDXxlzJNpDRNvB4VBcqmq9"
    "s4ZQqz1xGU3Guf1qe9u6ZO9jD+ADsc3wQTfOqswwPCVPIeAduC9OsV3waIuz0EvaBmmKt1"
    "ioKkGClyTg4n0rg7pZOHy/nPWIR0fIPzotBcD9E0kMM1NMJYjAC+KsLjEEkDWXySa+c8yd"
    "g5TzZ3zhGdJJgl6Q69/3wj+Ltrh35tp5fJnlpT73Cn5I8uiD8Ncu+X//rS+9I77yCX+ta6"
    "cZvOim6zH7r9C7jnJlLwe7/1r67gArvX5/O8qe9150epMq2qkz+gMQexbZoQVExXN1EqeS"
    "1EaVWOwhDTZ3izMMToqaqWU0LkITKVXyVbfpUkGHF3MdGdnuXYiR1cQ3fbWfgwhuc0EjxY"
    "Z6j2a0vAsj482kZfW0Hn1fDFaDKGf5UvB4WoyomoFldwh7aXtQLIad0rmLsBtvNcKkQjJr"
    "m/ivPCAQGBzM6q28G887M++aWNQv2svStHRxuVnPuBYwQztfSzVjJEoB3CKStlUyyq9zwF"
    "y4oWDkapGsjoWtCv5mcshw+1gIC2NW0j/Q5ha5VTrewlnBSxz/IugQhRA1dALY3UdWu+SD"
    "Cj0rtNBwRyNJuG1xZtNu2Wq9nThckdENZGjIxt4jBkYnZfgWFVSx9qfgt+WoHlsKaQeS0I"
    "WbDFeEwYQ/CFIlHGJKLlBNwT4B+/6LcllGLVTBauptHMIgBxjKpJDU23goklQTb+IKMZpf"
    "ddF8ZvJaAbsSfaWQgHeQDloi1dEg2HaHLlwH0aDq+QRwU5aBjxV+gPxF65PVoMOvU3dvfQ"
    "UOFHQPXKZLP3SxUDqpz4A4VJiDWZU/5Jha3cGGFd+qqpEgl1gVnAOXIFdoo1gdokEvjpRs"
    "KDTsU5mRqjkthr2xtjU+KzGe2gtgrNysbNiOH4Jpfh+CbDcHyzaTgKS5dMSJImzmq7EqHb"
    "YduV/cTjKmy7oix11XdXZRZUl1ng+wyFjckYYZOW1H5bNfiM3RRH4V4Nnn97HhrxwCSSt/"
    "FCbDZKda6HJ4Wzhc1oYkva6APtAijEeE3yJAjxiS75LReEm+hsjp3xzCt5APXmRqUXzog+"
    "ohe6gww+PhOd7xBGSy5+IKc2gpx3NKamqTssoSttbW/ZAq7Yb9NOiWq1TvLUTZykF06ceJ"
    "UTGdgEzM/iwESIqjGZtvvYRfaq4IJtJl3FhXei3EouvCHmrDeGAeDQXQp/eKhXB3l2qnea"
    "kDcs/xs7yORWlbjuxy7u+E9cJQOvlY6eoNa+xoG6YHn8pQBaWZZeU5RgiQifQSZTYmt4PK"
    "YL/sXiu4/0vHUeewFsASos3eU4IN5hucKcqwBgY0HRXPUuz/uXHzvIo7+1znsX/d9711CP"
    "E6ikeM1OqTCsqtCRHdAJ5F0C0onTqvIBmTNpFXSXvqiaC93JHgd+ftCdz9jqoLteaMQDk0"
    "he6C42G2WE7gIppHu2YUHl9mzD8+Vpz/YP7h+SdZtbtMR8LAStqTxTnH2HxjNsTQlDV4Ob"
    "IZkcoSFk4/GJxwXlpUUiHVqcOIg5fEpOOgm9RGt70a3FL02IrUM/0zubmm6/LGI/uE17XT"
    "LoswXpSt/cvzWGDecbevHN47fLwiOPhUwdWCW/xmxn+MoLu9BxVd7jMmfAlsRmj1/mbaSV"
    "2UlrM0NhvYqKMDpG1kCGV19Spc7g2XEyiPJ70ud6c/2ePRZ5SSdlGbyefZwtIZsg8jo7Wx"
    "4QUaevc0ET/Ru4nOnTLLHBf4Jm0JxuTBcxbnUQt2TBJYZyIO4j6E6HX3LDC76r4Z7ZYeKV"
    "8CWmFFlkimGvPEJdj1okF1Bro5qovjfdWnOsTxD/ye+ROF1kanMXCd4z514NhV+KDe9F4A"
    "ZheBRugw9Fl1bbO6bXQuIs89RIoHJhZFF/WS5Meg3907GlQ6ikb111++cdBFP+1rq6Hnwe"
    "DPuDy+5FJzzb5YghNa0ncyvUY7zjKSHRSKIjFJBXUim0z3eiQ3k5MeSqqHybUVH5dsPtFI"
    "qNsBKmeZTyYAJPrbDq5+qeiSOn8snjQIzzXLEoV3xlfLIo5eEIPujp427m6G86QmxJ5k7R"
    "c5oaIX/lk6er3eb65J4TUNQQjZApj7x0fpOfi1WU/1G6agTwTDyCDEDEndVVBIGDgQ5sFe"
    "SFQyLrf4vjMhnku2kArmx5BuQNDAQwVIOYnnDa44bm2OTawCJDyv+Tc6p21+MclMLIO1Oj"
    "mjLPVN0KjBPzsJUAx7k32jkAORY8mQOSm+MVNE9yo/I+WNaGU7DcE6/4n7brYb4XIJZYaq"
    "Kxj9drRCQIoIlNlmKMzcz5mt6hUDOJ98h2FmrWMKimZBS6FvAFm8k6PdMUDGiUHV7aDocD"
    "sEqa4hukMotBdHnbCJ+QQMUv3QqpnGjkXkSlcIp0gTQXp7DJ3YIztYzYY6QHg08+y4oIhU"
    "cpQEQmMewaEFFQSF4opGKfXTAszW/3uZnPdxd4Vi4HPp0vieXl7ujuHONetaosl0qPtjOc"
    "ZuXY7cuxgwPk70okncYIlQhKi8DTVIW4v6ZRjC/N+PB2kZ/1YSrF/Kos6QDU39KQDsIIBy"
    "aEvHZ0ePZFzOiz7s1Z97zXiquWCnjqZUo3lKNrVSpV1rrnESYV5ga+4pPm9to/zRMrGy+Y"
    "Q00Rq/JTvC3RC8oFRN3glU2XkPntBq7G925yObUn0IwfLgbp6GKmsqR4WW3vUTEziZV/lv"
    "nvCr5I2GxNscPmRf3r61Zdcqg5gVxFBdJZ39yogK9pCxu5MUKVQFdP88qIpbYlrNksK23T"
    "UasC9W0Sg7KS3/zlu8mygtlvZ6GBDmq557X+Y4ou2aWqzqo/w2w2WCSa9f6tPHb9mD+r0U"
    "WBU7qgLnPCfzk2jlAfGt4I8BQs7Bn/cMhVw35vReRDe+tWNoGx7ZeHQpdYfmPDuK/vVVCa"
    "uuI/mfsMBsHwviBBI6C1CZ95oiPte/H3jPL38ffCrkomKKhnGWHrHlI6xPFht9YD1Sf+bf"
    "csMa/+TDwH4XFG0nvaxmYQ5HPFgw5fvSN94L5/XHuMzPt0185S57jL6aY0N0rRsnXsqhq5"
    "ZBE/SivZRczX6naR1E61TncxWNMFncbWde9fX7jpD41sgzFure7V1fXgd7jI9webPsC1m9"
    "7lsIMYsZxbK1zNfN37tXfmDfA3GTuy9sbdZ7JsjRmEY0MnonKZbyzmnDrEGq9KVzHXcS4s"
    "7Ixa6dhfErXU2k2kcMZNDvgV4gIcshxoaVn1H9gw5SWWRN2gcwV3LAswGMvLIolayaKsLN"
    "z9DY7AswlmLgIQlcWQPKZIIol2h/ZBXVhyFoDZ+3MYwS43jnwP8MuLweVH//H4OfAx1SQc"
    "M85DPp+JZ33l3dGTaOUVQcv3Cr+DU5+8T4b+R16NgOeS779jI3xjyrGz6bKIEB2GEAzM3X"
    "2uSZdQrzHi7N9SElUdJBXWTyHHfkMYT2XmR2lV8OWQgi82edDJsqTgI6SqJEPmkgzwvkvI"
    "OESm5Cu3fB3HKLWMo5QHI+WW34PNRYrgoDd/y823pzZJ+sIoKlv7mkAsM04iuas3gjNXS8"
    "hgTaXc7NJVxVJlkjxLEQRG4aj4oeabtBIvhdZyRoMYB+xDfgwjd99BKVLa05MwCmdgb5OG"
    "IYcluFUixjoXO21nroDHp3y4LZo9HQibEyySHKwOqY8KOH0DORZfWK7pfCgaJy//NxVxrp"
    "nOTZgKGH8lcLFTfzQpWF/DDF/be1JVdIS5n5D/FRPOkzlgHnIezI2n88Agw+wHkULFvIO+"
    "gyQnP6XJa+DvNt+mi/kP6wQt7goC0k0e+TsMaG1GGYEqjY2skbrec2u9uIfmw5ihpa07Dr"
    "HaiPFliyZ0aRkUc0fVWEJS11R/IG6RCIMea6OVQ5g6Te0AbN30zCuYFZr4Y0MI6fGMCJHM"
    "OSNlq0TqyAzhb+QrK8GgSg+jhkhk5rIXN+LqUigZrjwIQZ7ydXXqEeTVguI6cjcReGx7xK"
    "uOkGuK0ZvuhR9CEmJRnVTZgeIOdXDCaY3ZXe08EpkZ2mIL049OuxlOrA21ltIne6pqtXSB"
    "NDdgyhYjE+y6UqGWGO3hBFuiVQncNec2bnHHU3b5p8ZaSlXL+fUvW9aEhUpupJgLdRSFVe"
    "e/domtJ7uu3p12lteK189U2vVrG//tuThvWxpK6W7ZA7GZnpRzme6UhUhkdhZKumTHb97k"
    "cMn4U+lHXcO9WNdrvqgKcNh7vIHc3a3D++vN4LKowzvRxw76HzJ0JpEbUEXWDjAj24uNO6"
    "wx+wAGOC1WHV/9ZvbP/wFvupZo"
)
