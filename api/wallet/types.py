"""GraphQL types of the wallet: a customer's wallet, its lots, its movements and activity."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from api.billing.types import Order
from api.cashouts.types import CashOut
from api.context import Context
from api.deposits.schema import Deposit
from api.ids import to_id
from api.ledger.types import Account
from api.pagination import Connection, connection, decode_cursor, page_size
from api.scalars import Long
from api.topups.schema import TopUp
from models.billing import orders
from models.errors import NotFound
from models.identity.callers import CallerKind
from models.wallet import movements as wallet_movements
from models.wallet import wallets
from models.wallet.activity.figures import Activity
from models.wallet.activity.figures import ActivityLevel as ActivityLevelEnum
from models.wallet.cashouts import cashouts
from models.wallet.codes import Source
from models.wallet.codes import SourceKind as SourceKindEnum
from models.wallet.deposits import deposits
from models.wallet.movements import Movement as MovementRecord
from models.wallet.movements import MovementKind as MovementKindEnum
from models.wallet.tables import LotKind as LotKindEnum
from models.wallet.topups import topups

# The domain's enums, registered with Strawberry as they are (one definition of each).
LotKind = LotKindEnum
MovementKind = MovementKindEnum
ActivityLevel = ActivityLevelEnum
MovementSourceKind = SourceKindEnum
strawberry.enum(LotKind, description="Paid credit (top-ups, refunds) or promotional credit.")
strawberry.enum(MovementKind, description="What a movement did to a wallet: the kind its "
                                          "transfer code is declared with.")
strawberry.enum(MovementSourceKind, name="MovementSourceKind",
                description="What a wallet movement came from; GRANT is a promotional lot.")
strawberry.enum(ActivityLevel, description="How active a customer is, from their payments.")


@strawberry.type(description="A share of a wallet's credit, held in a ledger account of its "
                             "own: the paid lot, or one promotional grant with its expiry.")
class WalletLot:
    id: strawberry.ID
    kind: LotKind
    expires_at: datetime | None
    available: Long = strawberry.field(description="What the lot can spend now.")
    account_id: strawberry.ID

    @strawberry.field(description="The lot's ledger account.")
    async def account(self, info: strawberry.Info[Context, None]) -> Account | None:
        row = await info.context.accounts.load(int(self.account_id))
        if row is None or not await info.context.reach.sees(row):
            return None
        return Account.from_row(row)

    @classmethod
    def from_balance(cls, lot: wallets.LotBalance) -> WalletLot:
        return cls(id=to_id(lot.lot_id), kind=lot.kind, expires_at=lot.expires_at,
                   available=Long(lot.available), account_id=to_id(lot.account_id))


MovementSourceItem = Annotated[TopUp | Deposit | WalletLot | Order | CashOut,
                               strawberry.union("MovementSourceItem")]


@strawberry.type(description="What a wallet movement came from: the top-up, deposit, grant (its "
                             "lot), order or cash-out, by kind and id.")
class MovementSource:
    kind: MovementSourceKind
    id: strawberry.ID
    customer_id: strawberry.Private[int]

    @strawberry.field(description="The source itself, for staff and the customer; null for "
                                  "partners, who read wallets but not these.")
    async def item(self, info: strawberry.Info[Context, None]) -> MovementSourceItem | None:
        identity = info.context.identity
        if identity is None or identity.kind not in (CallerKind.STAFF, CallerKind.CUSTOMER):
            return None
        customer, wanted = self.customer_id, int(self.id)
        if self.kind is MovementSourceKind.TOP_UP:
            top_up = await topups.get_topup(wanted, customer_id=customer)
            return TopUp.from_row(top_up) if top_up else None
        if self.kind is MovementSourceKind.DEPOSIT:
            deposit = await deposits.find(identity, wanted)
            return Deposit.from_row(deposit) if deposit and (
                deposit.customer_id == customer) else None
        if self.kind is MovementSourceKind.GRANT:
            lot = await wallets.lot_balance(customer, wanted)
            return WalletLot.from_balance(lot) if lot else None
        if self.kind is MovementSourceKind.ORDER:
            order = await orders.find_order(wanted, customer)
            return Order.from_row(order) if order else None
        cash_out = await cashouts.get_cash_out(wanted, customer)
        if cash_out is None:
            return None
        await cash_out.fetch_related("bank_account")
        return CashOut.from_row(cash_out)

    @classmethod
    def of(cls, source: Source | None, customer_id: int) -> MovementSource | None:
        if source is None:
            return None
        return cls(kind=source.kind, id=to_id(source.id), customer_id=customer_id)


@strawberry.type(description="One ledger transfer touching a wallet's lots.")
class WalletMovement:
    transfer_id: strawberry.ID
    at: datetime
    amount: Long = strawberry.field(
        description="Signed: how much what the wallet can spend grew (+) or shrank (-) by.")
    transfer_amount: Long = strawberry.field(description="The transfer's own amount.")
    kind: MovementKind
    code: str = strawberry.field(description="The transfer's code.")
    transfer_kind: str = strawberry.field(description="single_phase, pending, post_pending or "
                                                      "void_pending.")
    lot_id: strawberry.ID
    lot_kind: LotKind
    source: MovementSource | None = strawberry.field(
        description="What it came from: the top-up, deposit, grant, order or cash-out.")
    reference: str | None = strawberry.field(
        description="The transfer's reference as <type>:<id>.",
        deprecation_reason="Use source.")

    @classmethod
    def from_record(cls, m: MovementRecord, customer_id: int) -> WalletMovement:
        reference = None
        if m.reference_type or m.reference_id:
            reference = f"{m.reference_type or ''}:{m.reference_id or ''}"
        return cls(transfer_id=to_id(m.transfer_id), at=m.created_at, amount=Long(m.amount),
                   transfer_amount=Long(m.transfer_amount), kind=m.kind, code=m.code,
                   transfer_kind=m.transfer_kind, lot_id=to_id(m.lot_id), lot_kind=m.lot_kind,
                   source=MovementSource.of(m.source, customer_id), reference=reference)


@strawberry.type(description="A customer's IRR credit: paid and promotional, held in lots.")
class Wallet:
    id: strawberry.ID
    customer_id: strawberry.ID
    ledger: str
    total: Long = strawberry.field(description="What the wallet can spend now.")
    paid: Long
    promotional: Long = strawberry.field(description="Unexpired promotional credit, spent first.")
    cashable: Long = strawberry.field(description="What may be cashed out: paid credit only.")
    lots: list[WalletLot] = strawberry.field(
        description="Lots that can spend: promotional soonest-expiring first, then paid.")

    @strawberry.field(description="Every movement of the wallet, newest first.")
    async def movements(self, first: int = 50,
                        after: str | None = None) -> Connection[WalletMovement]:
        limit = page_size(first)
        rows = await wallet_movements.movements(int(self.id), limit=limit + 1,
                                                before_id=decode_cursor("movement", after))
        customer_id = int(self.customer_id)
        return connection([WalletMovement.from_record(r, customer_id) for r in rows], limit,
                          "movement",
                          lambda m: int(m.transfer_id))

    @classmethod
    async def of_customer(cls, customer_id: int) -> Wallet:
        wallet = await wallets.wallet_of(customer_id)
        balance = await wallets.balance(customer_id)
        return cls(id=to_id(wallet.id), customer_id=to_id(customer_id), ledger=wallet.ledger,
                   total=Long(balance.total), paid=Long(balance.paid),
                   promotional=Long(balance.promotional), cashable=Long(balance.paid),
                   lots=[WalletLot.from_balance(lot) for lot in balance.lots])


@strawberry.type(description="How a customer pays: figures from their wallet's payments that "
                             "were not refunded.")
class CustomerActivity:
    customer_id: strawberry.ID
    last_payment_at: datetime | None
    spend_30_days: Long
    spend_90_days: Long
    spend_365_days: Long
    paid_orders: int = strawberry.field(description="Orders with at least one payment.")
    level: ActivityLevel

    @classmethod
    def from_activity(cls, a: Activity) -> CustomerActivity:
        return cls(customer_id=to_id(a.customer_id), last_payment_at=a.last_payment_at,
                   spend_30_days=Long(a.spend_30_days), spend_90_days=Long(a.spend_90_days),
                   spend_365_days=Long(a.spend_365_days), paid_orders=a.paid_orders,
                   level=a.level)


async def wallet_or_none(customer_id: int) -> Wallet | None:
    """The customer's wallet; None for a customer without one (or no customer)."""
    try:
        return await Wallet.of_customer(customer_id)
    except NotFound:
        return None
