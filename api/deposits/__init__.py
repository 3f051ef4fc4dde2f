"""Bank deposits in the schema: declare, approve, reject, list, and show the receipt."""

import strawberry

from models.wallet.deposits.tables import Bank, DepositStatus

# The domain's enums, registered with Strawberry once, before any module of the package uses them.
strawberry.enum(Bank, description="An Iranian bank a deposit was paid in at.")
strawberry.enum(DepositStatus, description="Where a deposit stands: declared, awaiting its "
                                           "second approval, approved (credited) or rejected.")
