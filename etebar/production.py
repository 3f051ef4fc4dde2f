"""What keeps a production installation from starting: development values and simulators.

`etebar serve`, `etebar worker` and `etebar scheduler` ask `production_problems(settings)` before
they start, and refuse with every problem named at once, so one attempt shows the whole list.
Outside production nothing is checked: the simulators are what development and tests run on."""

from __future__ import annotations

from urllib.parse import urlparse

from models.loyalty.settings import DEVELOPMENT_CARD_HASH_KEY
from models.notify.settings import DEVELOPMENT_KAVENEGAR_API_KEY
from models.platform.settings import DEVELOPMENT_SECRET_KEY, Settings

SECRET_KEY_MIN_BYTES = 32
# Where `etebar serve` mounts the bank and payout simulators outside production.
SIMULATOR_PATH = "/_sim/"


def production_problems(settings: Settings) -> list[str]:
    """Each setting that would make a production installation unsafe or pretend, in words an
    operator can act on; empty when all is well (or when not in production)."""
    if settings.environment != "production":
        return []
    problems = []
    secret = settings.secret_key.get_secret_value()
    if secret == DEVELOPMENT_SECRET_KEY:
        problems.append("ETEBAR_SECRET_KEY is the development value: anyone can forge pay "
                        "links and admin sessions with it; set a long random value")
    elif len(secret.encode()) < SECRET_KEY_MIN_BYTES:
        problems.append(f"ETEBAR_SECRET_KEY is {len(secret.encode())} bytes: use at least "
                        f"{SECRET_KEY_MIN_BYTES} random bytes")
    wallet, notify = settings.wallet, settings.notify
    if wallet.cashout_payout_adapter == "simulator":
        problems.append("ETEBAR_WALLET__CASHOUT_PAYOUT_ADAPTER is `simulator`: approved "
                        "cash-outs would be marked paid with no bank; use `http` and the bank's "
                        "ETEBAR_WALLET__CASHOUT_PAYOUT_URL")
    elif SIMULATOR_PATH in urlparse(wallet.cashout_payout_url).path:
        problems.append(f"ETEBAR_WALLET__CASHOUT_PAYOUT_URL ({wallet.cashout_payout_url}) is "
                        "the payout simulator; set the bank's payout API")
    if notify.sms_adapter == "catcher":
        problems.append("ETEBAR_NOTIFY__SMS_ADAPTER is `catcher`: sign-in codes would be kept "
                        "in the database for staff to read instead of being sent; configure an "
                        "SMS provider's adapter (`kavenegar`)")
    elif notify.kavenegar_api_key.get_secret_value() == DEVELOPMENT_KAVENEGAR_API_KEY:
        problems.append("ETEBAR_NOTIFY__KAVENEGAR_API_KEY is not set: give the Kavenegar "
                        "account's API key")
    if (notify.sms_adapter == "kavenegar"
            and SIMULATOR_PATH in urlparse(settings.kavenegar_url + "/").path):
        problems.append(f"ETEBAR_NOTIFY__KAVENEGAR_BASE_URL ({settings.kavenegar_url}) is the "
                        "SMS simulator: codes would reach no phone; leave it unset for "
                        "https://api.kavenegar.com")
    for variable, url in (("ETEBAR_WALLET__SAMAN_BASE_URL", settings.saman_url),
                          ("ETEBAR_WALLET__MELLAT_BASE_URL", settings.mellat_url)):
        if SIMULATOR_PATH in urlparse(url).path:
            problems.append(f"{variable} ({url}) is the bank simulator; set the bank's "
                            "address or leave it unset")
    if settings.loyalty.card_hash_key.get_secret_value() == DEVELOPMENT_CARD_HASH_KEY:
        problems.append("ETEBAR_LOYALTY__CARD_HASH_KEY is the development value: members' bank "
                        "card numbers would be stored under a public key, which undoes the hash "
                        "by trying every number; set a long random value")
    if settings.loyalty.settlement_adapter == "simulator":
        problems.append("ETEBAR_LOYALTY__SETTLEMENT_ADAPTER is `simulator`: loyalty settlement "
                        "batches would be marked accepted with no PSP; use `manual` and upload "
                        "the files in the PSP's panel")
    broker_url = settings.worker.broker_url
    if broker_url and urlparse(broker_url).scheme.lower() == "stub":
        problems.append("ETEBAR_WORKER__BROKER_URL is `stub://`: jobs would live in one process's "
                        "memory and be lost; use postgres://, redis:// or amqp://")
    return problems


def refusal(problems: list[str]) -> str:
    """The one message a refused start prints."""
    lines = [f"refusing to start with ETEBAR_ENVIRONMENT=production: {len(problems)} "
             f"problem{'s' if len(problems) != 1 else ''} to fix first"]
    lines += [f"  - {problem}" for problem in problems]
    return "\n".join(lines)
