from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    # Second guards of deposits: a tracking number is credited once per bank (the partial unique
    # index approve_deposit relies on), known statuses, a decision with its facts, a second
    # approver who is neither the declarer nor the first approver, and a receipt whose size is
    # its content's.
    return """
        CREATE UNIQUE INDEX "wallet_deposit_credited_once" ON "wallet_deposit"
            ("bank", "tracking_number") WHERE status = 'approved';
        ALTER TABLE "wallet_deposit"
            ADD CONSTRAINT "wallet_deposit_amount_positive" CHECK (amount > 0),
            ADD CONSTRAINT "wallet_deposit_status_known" CHECK (
                status IN ('declared', 'awaiting_second_approval', 'approved', 'rejected')),
            ADD CONSTRAINT "wallet_deposit_tracking_number_form" CHECK (
                tracking_number ~ '^[A-Z0-9]{1,64}$'),
            ADD CONSTRAINT "wallet_deposit_decided_when" CHECK (
                (status IN ('approved', 'rejected')) = (decided_at IS NOT NULL)),
            ADD CONSTRAINT "wallet_deposit_approved_by_someone" CHECK (
                status NOT IN ('awaiting_second_approval', 'approved')
                OR first_approver IS NOT NULL),
            ADD CONSTRAINT "wallet_deposit_rejected_with_reason" CHECK (
                status <> 'rejected' OR (rejected_by IS NOT NULL
                                         AND coalesce(rejected_reason, '') <> '')),
            ADD CONSTRAINT "wallet_deposit_second_approver_differs" CHECK (
                second_approver IS NULL OR (second_approver <> first_approver
                                            AND second_approver <> declared_by));
        ALTER TABLE "wallet_deposit_receipt"
            ADD CONSTRAINT "wallet_deposit_receipt_size" CHECK (
                size > 0 AND size = octet_length(content)),
            ADD CONSTRAINT "wallet_deposit_receipt_type_known" CHECK (
                content_type IN ('image/jpeg', 'image/png', 'image/webp'));
        """


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "wallet_deposit_receipt"
            DROP CONSTRAINT "wallet_deposit_receipt_type_known",
            DROP CONSTRAINT "wallet_deposit_receipt_size";
        ALTER TABLE "wallet_deposit"
            DROP CONSTRAINT "wallet_deposit_second_approver_differs",
            DROP CONSTRAINT "wallet_deposit_rejected_with_reason",
            DROP CONSTRAINT "wallet_deposit_approved_by_someone",
            DROP CONSTRAINT "wallet_deposit_decided_when",
            DROP CONSTRAINT "wallet_deposit_tracking_number_form",
            DROP CONSTRAINT "wallet_deposit_status_known",
            DROP CONSTRAINT "wallet_deposit_amount_positive";
        DROP INDEX IF EXISTS "wallet_deposit_credited_once";
        """


MODELS_STATE = (
    "eJztXfuT2jjy/1dU/LLZKjaVzOS15OqqnBmSsJnAHJB9XGbLEViAd7DF2WYId9/9378t+Y"
    "HfI3sMCI/vh72M7ZZNt9Tq/vRD/2sZVCNL+6kyndK16bQ66H8tExsE/hG/1UYtvFrtbrAL"
    "Dp4s+bNLos2JpeLQsxPbsfCUDTnDS5vAJY3YU0tfOTo14aq5Xi7ZRTqFB3Vzvru0NvX/rI"
    "nq0DlxFsSCG1//hMu6qZHvxGZ/fvVfqGvsXVP4oNaf7JnVrTrTyVKL/BD3IX5ddbYrfu2d"
    "Pu+Zznv+LPuKiTqly7Vh7p5fbZ0FNQMC3f1Zc2ISCzuEvcGx1uxnsa/2+OD/UvcX7B5xPz"
    "1Eo5EZXi+dEBsm6u5aS1X7g7E66o5VtVWAcVNqMqbDp9qcAXP2CT/9fHZ2fv767Nn5qzcv"
    "X7x+/fLNszdtJjG4l7z1+m/3Y3bccofiPOt96PXH7IMoSNYVPLvwN6fBDnapuIR23OfCSf"
    "D/YoGtdO77z8f4Dz8szn+f23kC8C/sJLCbjeVF0NossINuYVBEZ8ib9R00XdsONWBabvBy"
    "Sfh8EZCSgb+rS2LOnQX8+epFjgB+VYYXH5Xhk1cvfoxKoe/dOeO3mDx2/Kcb4FgRAQQEpS"
    "TgTfAcARx0CUSY+/zsjQB34alM9vJ7Uf7y/y/AXv/5w83vVusg3D179kyAu/BUJnf5vSh3"
    "yXeHWCZeqmlKPJvJMbJKZvJxdfn+J7K9tR1iqLdkW4TTUaq6MfrnVwJ8/vlVJpvZrSiXNT"
    "LRHVs1YKtQTeqo5PuUEE2dWkSD6ymGCqVLgs105t8/WEwgExhtX2omuLIHqeRZJYPBFRvZ"
    "sO3/LF0zJWaj9L98fteF5cClBA/pTsR0CZkqLt8S/HTZXFA29w/WyKawbNSlbuhOMXM+Tn"
    "m/YV8V15/VwLAPSWBJbZLmSuWugoCome0FZrun2FfE1NjHFJrvSdpmxpeb8T4nqe2kTnwB"
    "IQSkjQxKah1vGy21FFKIGzk8UA4lFkOStpFCOSncEctmH1qI/SEiafnesgmMbU4JsNuYEI"
    "vhas6CoCW2HUTuiCmKph1FLAZxMANAk3L5ZTTop0slTBMTi6ZPHfR/aKnbexNP6x+ztTll"
    "zEeTtb50dNN+yl77z31hRTk8ZjyK2E2+//zks/J73LW+uBq84ywDXTK3+Ch8gHdJfcVYpu"
    "IUb+ES7ji6QTK1VYgyLhqP9Kn/D3lAaXHVBT9QG5jLbcuFVnJEM+597o7GyufriHwulXGX"
    "3TnjV7exq0/icEgwCPqtN/6I2J/o34N+Ny7G4Lnxv1vsm/DaoeA5b1SshVAg/6rPtYjUI2"
    "EhUQgrQiRz2KEsWigCYj3PBrGecxCLhddmt6khHpeBSZa/pxbR5+YnsuWM78E3YlDxKWz2"
    "Yo1XwUAnxvC//TnlX93NVwtvgphkdKrB74dfTVwfcAhTf9i7gJ2FMXqCp7cbbGlqhOPsDj"
    "2jsSvBs9FbIfHQNMTEoxqYZEzhP0OyxE66leALh4rsRvfHf6QQDOeycWbEeGlgE8/5V7Lh"
    "GHE0Ct7llkh2lLzrWyqioXI1sG3uDZi3xmAP0bUzod87iJoEWXSDVmAqeUOh6QKbc6BzLS"
    "iiRW5udJDp2kFzvLKfxm2piodOCeB/bfk/2J37vrnnhu1Dof0mii9lFD+QVyEZhKkO53rU"
    "RBinjwbWVhCnBQjWTgyniwnWVxQnBgvWURAN3lEYepIJ3/B5kgtwRK1o8bUWpWvWWel1Bh"
    "9g2rMMjClPAjHCRgSFRJCDPoWSzh8IP4VS3U9MEKL4U1QNZABQadO9Au6OQ0PVlL2xNb5f"
    "gK8gguVhqynY1Q51vRe12iG998NViomwbRMXH0Jg6CG6MRGI1On40JGNsKkhn2s2MskdsZ"
    "Chf0fOhiL3ZSloVaUj319tkglJHbe0QaI02WoiDO0c/En+LPvDMVsoz/55Tp7982SePVs8"
    "RfjrPy8zf1u2wepwbMdTDZaOYYQVBba2ETEdaxvXLCLsPz8T4P75WSbz2a3GdXucoeqEFZ"
    "ttCiTs27T8c4/y/af7o3f1s23/3qe1dO2ig4HNmmI2xR8RsZ880FENm9VigT+wrh3Cqw2R"
    "N0hg3bzlmVL+X8weIssZI9jaSDeMNf+I9JhfJaM+wIKSy5tu4nwtPiHSDYGuuTYSrl403O"
    "cTH7C2MQTjFzENrrv9y17/Q8ef9jfm9WA07l7CBY5G35i/DnqX7O87qmvs7+7v170hu0C+"
    "r3TLxauPZSeH6yPZx9glbIcoZQW2g1yVvydiKQiBvjAUXd6BnTfZFlaUSdpSulKytB4pgM"
    "cQaw8Lj0kmDFF0LDkVKwDIRKBKP8ftAEDlUU2IPcKUDzKm86zoQuZzMbMZJL6zVJFB74gB"
    "Xj+zdr9hgzlD39DMogbYvjw5I8hncyhccoPT/rWk9Vz14CJNbywCv53lU7kzlok1uAKihO"
    "e/unkmahTn9+95lbDpN33XhP3dJOFJaZyDIWqsqAPy3hZt05BCWjsUei8NSCyWwmg7qqbP"
    "iV0IIk1SygyWluR59f2KXO1ZTM3saJqwevkMono26tpyHMugJtnybbqU4179NGfNw8riLD"
    "6t1Jwf9fofrrrq9Udl1O0gG3i9JOpqgW1yY6ajL+ruMjjQanCPITG7ewyPCSdvHh+DYfgI"
    "XTuqTeDFWgpOn41iJilr5J2fPX/x+sWb81cvArUVXMnTVknNlLR7xffgOOWemtrVaguOeB"
    "WluF1h2zWpeL2XxmtN9XhTPX70/fpRAuupgEjRAga1ya2usryqtDTSqBthlBZG00rhIM5D"
    "CHYtNNujdDXyGo4b02taWVTZyiJTuVfA4PoltMU5nLahCTA6apU0nBbgdKohJ8DqzALkJv"
    "qf4HF0wzpU7xv/rRl5bcW74KRkfdZDXoU74qz0Mb0lZiutG45/r50X1Nc1Yjq6s1XxSled"
    "4Pl9HhzTBLalDGw31T37re5ZWWSmfy/C4R2FzDxu2QtW+edQ5JDlEnEdYiO8wlapw3f2EB"
    "piX6QusL0owvwoVe3yNA4ZTE1n8OEDqLAN6gXBcUaCqIVsYvvte48/oU8q37waFeOy30Zg"
    "+L1FynUP3ZKtjQy8RSYVVDM1w8yb0EjG4qtXtWIEDca2o67tUnKP057M2n+UMTGL3IH5UU"
    "bOUcpGyjJL2XbwbFY46BCmakJrVcUcOFcrwBBHbJwvdq2jDuEZGMEQL5TRhXLZPVZ3nXfY"
    "vM05RDl8uy2EiU2AotB5yi0lOH/2Bxsx8qDmZLJFowWZYOS2b27v+uYs6FLjz7PvfYum4H"
    "L+RNdwY04RBUMGXOq4hbuv99yYd8TSgd0a60Cd00g6OGXX6yTN3ti0kZZH07VzgD5XWAkB"
    "5Bwv6hNIDUP1hrzd1NkLpOlz73THwtUrIr76Wbavfpbw1d1FpxYFV2NkMjNepkIhX3uVMJ"
    "xjpI3lLLPl3OAf2ausvvhHzOgokCMaJWy8pqq8Jp+xFThOF6GhTkwUwhku0Wkok+sUcD/F"
    "bwpLRsBpCs8JEYdpRSybmq6bEjQOfUI3MAXQN3+wzj907Z/ffmQtAy26XIJ/An4ORizIyJ"
    "6jFvub1RiultiZUctIaVi6zzc1WQ8SK7A8Z8igE31ZyDTfUcgbFG49+/m7/79SMcvnIjHL"
    "59kxy+dxy1z+7JJWwdCwTH7PaRUys5v6na6t8bIgz1vYRDtipowxWpI5/NPT7U8wmlJjhc"
    "3tj6XmffWxegPryyITPyCoX+Hm2UuRpBN4Knvqv0yknZg8VxQvCxbJxMgqYfZeNPnzZz9x"
    "PAv5X4x6l7xZaHgltEFjZzzmrwc5toElNudrMEHLKqsw/QEV1gwXVVTvFTbQjdntdxAplT"
    "ck0uI6u8N10+C6gUxgCM9tKV7ZFqGTuLKtxV0xzznbLKhNkEH44fXOQreDKBnS7bd8dAQu"
    "W8R9+4EfXCG4QGXAXLwfWwHkcr0b6fHJUrhkJrISCpfM7OQWDiY/sI98LJJ9Yuo2s/glkh"
    "vjZXw+jFE+dDXape/WkVkOXanr1QN5NaarL6u6ckgjsLHqD113l+4odWJSyZK+DTvUpZIT"
    "7X8LRpJiDzp4CV9cReUA8CEtVgCHV0O1C01d3+NDuOtad1a2tq+pLzsEm6uvL2sAjGzW1x"
    "fAkKjWTTapn4iUhRK6mtKmxyLpprTpMUi5SdWTDTZuUvVaBVBfiVP1fNQ+BSgIAfoCAEEo"
    "kCB0kDi15tjUbY7nIGeBHQT8I3MmfdtNqus6ZIKtDtIdhsPb0XPAeT7dDsVPP1J8H+9okA"
    "uJNVY7B7mQP2fstKtlTitrrEQ88XOX/fj+uINAGUwX2HRuzI+DcfeqgxbUIcsbU+kNr3r9"
    "bgdh3VrqJrkxe/3Rl2F3CArGtNcWsW7MkXLVHanKhy4byMZL5lPCD4Sx3in9T+q7odK/+N"
    "jhVZjqxAJuLQSjyXvGpXT4zqmj36W13KN0SbCZocTCdDH5ToBwXwL2FdxhTet3g8FVxKp+"
    "14spqv6Xz++6wHvOenhIdyL6q0GoHh9ClbCzRRIAAqukmpi2NA6uFGkb0Y2NbB/IZM+S/u"
    "Se0ndii00swSK94UURJhXpdXGwRmEOn15BwQ7MLf5LO2zGbRGooenC63bAvIvdU/5BLoeK"
    "pZfz+tiEzHb8vOkq7vv5x1AK1WkFrPL6r7XRUjdgM9R470dYz/aUgiJHT4D/8A/LdeLYl9"
    "o/Mndtg200B7PCTK3Nqnb0xudrfL7TU9xNF9qqutDy9pAS9aCF7ymcIRCmafID7s0PcPeH"
    "JIOzz2/bUchxeht7X+1Ob5sUOiI7SiW1wmE2CZhMlPs84NzYa7BV9FL6pkmWaaCIpkFsE1"
    "9vsigaKUtSvSed1pYhh+IYpXeyCeJAdXP7xNJGIKqeeQF/tFKwtNDdthCWZgOBqpvAEo9E"
    "AEyjJvmJ6VfEiJBNvMatn0cdcF1XDsLgvTInFkxK5gK20R1e6qwp6xSGcwFOcHgtB3FtnY"
    "KnVf+CBlKTWGm1cyC147c4Sqqs4wEP1fe0YCusMLgTIZLZz5UG38GOQ4xVWglnph4JkxzO"
    "Cnq2X21y9vzF6xdvzl+9CJRIcCVPdzTpCo/UiWgqaB6FmEvCPqeI+LSYxc3AVreXZ5v1gb"
    "PIaomnRBODX09d8AXyj/bqSAUJIGl+VDg7RMSN4qeKrO3inWMXFLEZYfsTgmd/2PaGWlon"
    "nmjE39JGsRSRJ9+8f3/7Ma9xbPUvapyqE3WqDtzXUTIRHKKtY5MHss/cf19vFXZcE4QNx8"
    "U4btEsEOb+aguf9oAtL90cO2q1Ctpmg9/6rHqCd1W/MZXLz71+B2HN0M0bc3DdHSrjAbvt"
    "jc5qKC4+qYP373sXXVZDMb1V6WymT8mNOfpyfT0YspqL9WpFZcnkaaoqDlxVkd8yNiuYfS"
    "JtYnkSCVscYBv6H+3lx+u2Z3eyVzE7slwb2TcCC+BN5vx/E5/+M7BiwGP0Yh5FwLgUSmkx"
    "udbGouY8MO65wY+RBR5YERO1MqRuSacsZL8GRynF5rwnryNGezJe/qNEcRpMNntR1Tdvq/"
    "5dmg9Rl/NoU0RqJMMDZZfEmvc9sFhQWeljNswJKtWj1LJd4PV84YwMd6nFm50GN9t5sLFJ"
    "HX22Vaf8adX2Hm/amz46ILbJbtlvdotDvqfYomO4ms5d//lawIJ5Nmb393HEvEwUzQQm5t"
    "Wg/8F/PF5J06RkPE7zX5IIbpdFpT4T28ZcmSd248h9kQ2Zh7lUI0RxbyB3YBLEydpgQk6p"
    "pbmhfQaNAaVpY7dMjs7QhpmVsOXbvNKKd/zima145hCLMcPmh3Wabl3W20Qkd29vujF1x2"
    "bptOgJG4wTgt1rYmdtYV6N+iMy8C2x3Up24LH7HWhC0MbSHYeYPPVWMCb8lXVvcNZcAGBN"
    "/NmYJlKaJl5zhQL1vvWMD+8jmnbUBqP3O9x1nexhx5ntcLAJpjjPeV3vw1TyHu7aYnnDW9"
    "gGiLs9BE2MFhjUOkVBNocUyRKnEyI7nNIR4bL46Yksj3wJvCg010M0NeTwHjo4rCd/kWmK"
    "65PN4xBJDVl8LrRznufsnOfJnXNCtRSzJNuh95+vBX8P7dDv7PQyaT876gPulPDomvjTQH"
    "i//NeX7pfuZQe51DfmyO2Wytukvld6V+yemwEA9z71rq/ZBftWX61Ec7b3ndjT1BdVnbXA"
    "OkoQy6Ip0bBsdROlktdClFblNBhi9gyvF4YYPS/VdEqIPETWJAbJlhgkCUasrDXd6ZqOld"
    "p6NHS3nYcPY/acSoIH9xmq/drisKwPj7bR11bQMjR8MZpF4F+F5dAgqnIiqsUV3KntZa0A"
    "cto1uQU3wHIeS2ljxCT3V7EoHBAQyOysuq23O//QtX+2UagRs3fl6dNECeJx4BjOTDX7kJ"
    "AcEaincDxI2RSL6j1PzrKiFW9Rqhoyei/oV/1TbcOnMbCAtjlvI32GsLkVVCtHCSdF7DPR"
    "JRAhquEK2EsHcN1crVPMqOw2yQGBHF2S2WuLdkl266ys+doAB8RuI5tMLeLYyMD2bQWG1V"
    "4aKMMt9tMKLIcdhcxrgcvCXk+nxLYR+0KeKGMQ3iuB3ePgH1z0++lJsWq0tatpVKMIQByj"
    "qlMnzgfBxJIgG7+RyYLSW8WF8Vsp6EbsiXYewkHumHJRNy6JikM0QjlwH8fja+RRsRw0jO"
    "AV+h2xtm5zkSWd+xu7e9ol9yNY2YWWbFpSxYBNTvyJwiTE1FYUPqmwlRsj3Je+qqtEQu1L"
    "1uwAtAI7xY6g2SRS+OlGwoMWu4JMjVFJ7LUdjbEZ8dmcPkYPCs3Kxs2I4fhSyHB8mWM4vk"
    "wajtzSJRpJ08R5/UIidAfsF3KceFyF/UIaS71pGNtkFlSXWeD7DIWNyRhhnZbUcXsM+IxN"
    "iqNwkwHPv70MjXhiEhHtGBCbjVIdSOFJ4WJt2TS1l2r0gXYBFGK6I7kXhPhIN3DLBeE03V"
    "5hZ7rwSh6YenOj0mtnQr+jJ7qDljC+zVu2IYw2IH5GTi3Ect7RlBqG7tgp7VT39pYHwBXH"
    "7TYpUa3WuUjdxHl24cS5VzmRg02w+VkcmAhR1SbT9hi7yFEVXLDNZKu48E4krOTCG6JgvT"
    "EbgJ0WS9kfHurVQZ6d6h2D4w0Lf2MHGWBV8et+7GIGP3GbDrxWOnqKWvsaB+qC5fFnA9DK"
    "svTqogRLRPiWRJsTS8XTKV3DF/PvfqqL1nkcBbBlUGHp9rwB8QHLFVagAhgbC4rmutu/7P"
    "U/dJBHf2Nedq96v3aHrB4nUEnxmp1SYdimQkd2QCeQdwlIJ07blA/InEnbQHfZi6q+0J3s"
    "ceDHB935jK0OuuuGRjwxiYhCd7HZKCN0F0gh27MNC0rYsw3Pl/s929/APyS7/qxog2EsxF"
    "pTeaa4/QOaLrA5Jza6HozGRHuKxiwbDyYeCMpLi0Q6a3HiINuBKal1gD7h5O7rRTcmXNKI"
    "BZaFhmYWNdx+WcS6c7vNumSszxZLV/rm/q3aeOl8Q0++efx2WfjUY6HdnLQkv8Zs5/jKa6"
    "vQOUve4zJnwJbEZs+eiTbSyu2klcxQ2K2iIoyOkdWQ4dWXVDWHxxw4GaTxe7Lnen39niMW"
    "eUknZRm8nmMciiCbIESdnQeebLBPX+eKpvo37HKuT7PBS/gJ6pIKujEKssHqIG7JgkvMyo"
    "HAR9CdDlxywwu+q+EeNmHgLfcl5hSZZI7ZXvkUKR41Ty6gZqKaaH9vujFXWNcQ/OS3iB+L"
    "MbfARWLvWYFXQ9kvxUvvRcwNwuxRdpv5UHRjtr3zZU3ED+HOjAQ2Lows6i/Phcmuob8/tn"
    "QKlfSta6V32UFsyt+Y18PB58G4N+grV53wbJcjhlS3nsytUI/xjqeEeCOJDldAXkkl1z4/"
    "8A7l5cQgVFH5Kqei8lXC7eSKjdglTPMo5ckEnlph1Q/q3uZnJYnJ40SMc6FYlCu+Mj5ZlP"
    "J0BB/09HE3c/QXnSB7Q1ZOCrZaf/k3Pnm22q2vT+45AUUN0QhZ45GXzm/yc7GK8j9KV40A"
    "HolHkAOIuLO6iiBwMNCJrQJROCSy/h9wzqPN8t1UBq488LDHERuIwVA1YnrKaY8JzZHk2s"
    "AkYwr/EZyqym6ck1IYojM1qilFpuqDwDg+D1spcJx7oy0AyNnBkwKQ3ApvWfMkNyrvg2Vt"
    "dgqWe+IV/Gm5HuZbDmLxpcYb+3i9RniCANIssuFjJDPn9/SOBjWTeI9s56FmNYNqSkah9w"
    "K+YCNdp+eaggFNY4eXtsPZAVglTfEEqcxi4F3eEuETEqj4jVshJYhGHkVUDU6RLZD64hQW"
    "ma2BqWXEHiM9GXzyUVZENHhUA4jIJIZDAyINFCIKhVTss3OGZfntPjfFfHeOZwk58Nl8SS"
    "0vd0d35xh41U1luVR6tJ3jNDeO3bEcO3aA/KxE0mmMsBFBaRF4mqoQ93c0DeNLMz68XYiz"
    "PkzVML8qSzoA9R9oSAdhhBMTgqgdHZ59ETP6QhldKJfdVly1VMBTL1O6phzdqVKpstY9jz"
    "CtMDfwFe81t3f+qUisbLq2HWrwWJWf4m3yXlAuIOoGryy6YZnfbuBqeusml1NLY8342cUg"
    "HZ3PVDstXra39zQxM4mVf5757wq+SNhsR3HA5kW94bC1LznsOYG8iQpks76+UQFf0xY2cm"
    "OETQLdfppXRiy1B8Ka9bLSko5aFahvnRiUl/zmL98kywpmv12EBjqp5S5q/ccUXbpLVZ1V"
    "P6arL6tWilHv3hCx6R26Wq/ETHrW1NXPXHAWFl3PFwijCTZv0RwEucFbsLwdCtdCJrn7mv"
    "QOsQ8ZLBWxj7Ff14ixog4xp1t2tLB7sLk3OrtvkRmxCJuxcVz/q3dqDn/TSvMtluZEdDkN"
    "/pBMy1SXhsilLjAdKZ+VfgfZGBTCjfm5e3WljDvIIPAhghVUe29OWtvAS8vSYRTEj0plrf"
    "cF+X20Nr7rFANHvI/vOq1X7D59Yc8tLOgPty6GXfCLLoOu4jfmsHvZG3Yv+EWGBllkyq//"
    "2h323v/Bm/7eEUufbXnb3wv2uD+ApvMnL5T+BSwtfpExCLacRCvgG7P7+3WPtwv2yjHZm+"
    "EdI/e98ApblobBHOUq7LKFqSQ+Mo5nWPJvBSuCAXx09dN6xSwL2z/wGz35Aa4iuMra5cGd"
    "H36UefHGjZbUVZxlVCRIpd7PeD3DUid+VX4buW9EKxBn2OmQ4vBjh96SQgezBwQH1KNFFe"
    "iI2RI/sHUD39pGn7ktAX8PyaxXSn+dibbny+vOF2e9r8iT3M8+sD1Mc8Jntm94k1G+UrwF"
    "AV4QawLKztJYWyAPAxwgqrWRZxgLySxHRHs6xt33tAqsnwiRxAdtcj3GPFdYN54CCz6ddT"
    "MKZ/w/8RccLLD+2gituBFekqFP1tNE96gD6D14rJDcAgJ59V7ZQMo++DtlMNAS286LIkyO"
    "UsnL6Rb7RnCY1hbS9Dlv7DXzChktUFomBbPNnCODWonGZCISEWlOmt2bNNGalLsGOgN7Sj"
    "iyKcQyW84bFgL3VRfyP15m05j5XmuLZByAnb1W4nTyrpaSeqn6Hr0+y8CttmkhqzdJWTt2"
    "nwttA+c528B5yjbAAQi1dAZtOr3ECkhKjLlJcXjcKQ6hYE9BqUcpG6nLIvWUOshERsCUGi"
    "sWpi212mO0TcGrPIKWPYXp2CtahlT97OSSwpnlD0kvkWONPSjBpFjpq3tAUMoiKJAFxdNM"
    "umygGrF8r8WvIY5lpe0E/BTL3XEPluXPix36/N09k8rtrR74/3hC1w7CXgCtjTBvIrWAbw"
    "Cpam+RyWKa3nFWWsaBz1WN3CTeS6zK2+gRt3gfDz51+x03WsYyBa6u3ikXnzq8KxtTEH6e"
    "gZ9kEGQFBEkBN2av/68vvSE8opv/WevW1s9C8HMQ/NwCP7WgVCCg+oz/gpib/FhbOGyDTX"
    "vDlJD30cfH3+y1YWCrUPQ/RCIx0znqzCKYbiYVS8lwmU+0NppYOpmJdoOPiuClECb3MgeT"
    "e5nE5Ip7g433L5dTKIL5gGGigh1VvBNdiKzxB6vyB122VuANBjnwJyYFUVcwMv8EKg0OVm"
    "t8SWCB6qkOjn9LxLvRQs8KlBtzX8Ojgf+fLrHlZuqmlRC8DfI9EYVJ1Ib/opnOjiSBz7Lo"
    "HV6mVRrv4xUidQy8diGnQsFvTNR4RPJ5REds37vHbCdv8rPZHko6LX2y0j7SaupeiiDI6K"
    "PETpmiLIsD+LRSrwFWe9NzS2/0eCXOjTmCzXfILthYY197Y467vyj8ikP+wvzKqHutfIQn"
    "yAovbsxP3dFHBWbzv2HQW2Iv8B22/stGVkafWMmPAd4Sq/kZdt8zKgu+E6jYofLqO6X/qY"
    "OYSawy1rG3h6uErpXhqMf+XmHL1t0rI2X4QeFH1dnYmmNWzfDh47gLnw0/+tcePEzmC4fA"
    "14PNfKcDzajXV2BI2L7g3x+Vj8MOOzNyYd2Yyh9K/7IL34S34MsR+KrL7h8dUBAc+xgpnD"
    "Fgq2POmU/AhffKkL3iFvgwwxYfXRl+Vv5gg8D3GHjLRvnE+fEZPp1dv+UcMeD72b3xYNTt"
    "qmNF+XXAwRibwAaK8Z0LVRfO5jgTSeY4y87lOIurHs9EIGBHpaTOMAcyXf3E6fLcSIkWA9"
    "8QsHs8gUFNsuX+PT95Tzc53uvbSmLiyREHcxdT0lNvYTgVNMukWNePFFKptY5JYXUsdZto"
    "HQQmfq/np1QyFGWKV7oDb2E5lche4Smx2cGHGrYXRHSz2DeodXp1aZGZW0BUl92LK4XXh/"
    "kjgKr8TemNe/0PQHQx6F+qyvX1cPArOyAUb7DusIloExCJpvoeAtDwZ9g47jW30OyXoMDt"
    "L17eJovac3+pOilk88bIpF6BvmPGDxdlywsm5WzG/5Jjic10CwwBb64UUoZJSplLLmTje2"
    "ThFmN8CmnDeXHO+zqwoNaJkTUcL8HxrOTwMfme4WCnkErM+Uoy5Lq/jyNxkEQ5XRALuRr0"
    "P/iPx2vs0nLFgY0PzBZPjiBxvnhr16fRg1ZlhkCa9PFsgdQ3lBgxosoIP3WAJqVY5pRi8F"
    "/0ckclRSlPRsotf3oyB6iYC1onuTep5LKlDjSp5KE1tvdU8kIpBGHvYUrgR6UsGY/S7yl5"
    "f/q5l00w3I0ohX6sJgO9eMKFz4fsvIsQp0TTL9SQvO5PwxgvWO8LToB0A74W4SBhYhMKBP"
    "AU8TaaLsiUZQE6FE3Yo79cdz+00XX/A9tZfiOT62QWxl7e0CScS6zw2znpFfBRDjEdl5EJ"
    "OeRlJ0fpZAadyxapV47ve0xLm+8mtra5nE5h8mTruIGpE2Nz3iT22iEF5itw812vrwz/SE"
    "d73qW0T3r3x7irxNFl/b8p0zv7TCHvcZkty534hXXN2fMXr1+8OX/1IlAxwZU8zZLSH3OB"
    "z16+KoTRBxQ11BTVI8QN+JXN+vqCX77FWNQkitI1h0Ps53CIpLuWkFxSbAX7+4fSu09KYK"
    "Iuc3Sm7ru7v0Isfbpopbhz3p12nhuHd89Uei7uQxyjx+IVPdBSyfZ3WAmpXqwfV4ikhrbL"
    "2cuXAsYLPJXdbpbdi6WOr1Lqj7I57D1eQ+7up99llhuZ3cs324k8QCvf47iSlbXhfZCJ8N"
    "DN7O//ByL27bQ="
)
