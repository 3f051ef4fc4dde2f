"""Who may call what: the matrix of every operation in the schema × every kind of caller.

The operations come from the schema itself: one without a rule, or missing from MATRIX below,
fails the suite. Each cell is checked twice: against the declared rule (no database), and by
calling the operation over HTTP as that caller."""

from __future__ import annotations

from typing import Any

import pytest
from strawberry.types.base import StrawberryObjectDefinition

from api.audit.extension import AuditMutation
from api.permissions import rule_of
from etebar.domains.compose import build_schema
from models.identity.callers import CallerKind, Identity, Scope
from models.identity.tables import StaffRole
from models.platform.settings import Settings

# --- the callers -------------------------------------------------------------------------------

ANON = "anonymous"
OWNER, ADMIN, OPERATOR, BACK_OFFICE, SUPPORT = (f"staff:{r.value}" for r in StaffRole)
PARTNER_ADMIN, PARTNER_SUPPORT = "partner_staff:admin", "partner_staff:support"
KEY_ALL = "key:all_scopes"  # ledger and customers, read and write
KEY_READ = "key:read_scopes"  # ledger:read and customers:read
KEY_ONE_OPERATION = "key:createTransfers"  # an operation's name as its only scope
CUSTOMER = "customer"
TERMINAL = "terminal"  # a merchant's POS terminal, by its key (loyalty)

CALLERS = (ANON, OWNER, ADMIN, OPERATOR, BACK_OFFICE, SUPPORT, PARTNER_ADMIN, PARTNER_SUPPORT,
           KEY_ALL, KEY_READ, KEY_ONE_OPERATION, CUSTOMER, TERMINAL)
KEY_SCOPES = {
    KEY_ALL: (Scope.LEDGER_WRITE, Scope.CUSTOMERS_WRITE),
    KEY_READ: (Scope.LEDGER_READ, Scope.CUSTOMERS_READ),
    KEY_ONE_OPERATION: ("createTransfers",),
}

EVERYONE = frozenset(CALLERS)
STAFF = frozenset({OWNER, ADMIN, OPERATOR, BACK_OFFICE, SUPPORT})
MANAGERS = frozenset({OWNER, ADMIN})
MOVERS = STAFF - {SUPPORT}
PARTNERS = frozenset({PARTNER_ADMIN, PARTNER_SUPPORT, KEY_ALL, KEY_READ, KEY_ONE_OPERATION})
PARTNER_READERS = frozenset({PARTNER_ADMIN, PARTNER_SUPPORT, KEY_ALL, KEY_READ})
PARTNER_WRITERS = frozenset({PARTNER_ADMIN, KEY_ALL})
LEDGER_READERS = STAFF | PARTNER_READERS | {CUSTOMER}
CASHOUT_APPROVERS = MANAGERS | {BACK_OFFICE}
# loyalty clubs: each club's role decides further (club_not_found out of reach)
CLUB_READERS = STAFF | {PARTNER_ADMIN, PARTNER_SUPPORT}
CLUB_WRITERS = MOVERS | {PARTNER_ADMIN, PARTNER_SUPPORT}
COUNTER = CLUB_WRITERS | {TERMINAL}

# --- the matrix: operation -> (who may call it, a harmless call of it) ------------------------

MATRIX: dict[str, tuple[frozenset[str], str]] = {
    # staff
    "me": (STAFF | {PARTNER_ADMIN, PARTNER_SUPPORT}, "{ me { id } }"),
    "myOperations": (STAFF | {PARTNER_ADMIN, PARTNER_SUPPORT}, "{ myOperations }"),
    "setMyLanguage": (STAFF | {PARTNER_ADMIN, PARTNER_SUPPORT},
                      "mutation { setMyLanguage(language: EN) { __typename } }"),
    "staffMembers": (MANAGERS, "{ staffMembers { edges { cursor } } }"),
    "staffSignIn": (EVERYONE, 'mutation { staffSignIn(email: "x@example.com", '
                              'password: "wrong password") { __typename } }'),
    "signOut": (STAFF | {PARTNER_ADMIN, PARTNER_SUPPORT, CUSTOMER},
                "mutation { signOut { signedOut } }"),
    "createStaff": (MANAGERS, 'mutation { createStaff(input: {email: "x", name: "x", '
                              'password: "x"}) { __typename } }'),
    "changeStaffRole": (MANAGERS, 'mutation { changeStaffRole(staffId: "999999", '
                                  "role: SUPPORT) { __typename } }"),
    "deactivateStaff": (MANAGERS, 'mutation { deactivateStaff(staffId: "999999") '
                                  "{ __typename } }"),
    # partners
    "partners": (STAFF, "{ partners { edges { cursor } } }"),
    "partner": (STAFF, '{ partner(id: "999999") { id } }'),
    "currentPartner": (PARTNERS, "{ currentPartner { id } }"),
    "partnerKeys": (MANAGERS | {PARTNER_ADMIN},
                    '{ partnerKeys(partnerId: "999999") { edges { cursor } } }'),
    "createPartner": (MANAGERS, 'mutation { createPartner(input: {name: "", kind: MERCHANT}) '
                                "{ __typename } }"),
    "deactivatePartner": (MANAGERS, 'mutation { deactivatePartner(partnerId: "999999") '
                                    "{ __typename } }"),
    "createPartnerKey": (MANAGERS | {PARTNER_ADMIN},
                         'mutation { createPartnerKey(input: {partnerId: "999999", name: "k", '
                         "scopes: []}) { __typename } }"),
    "revokePartnerKey": (MANAGERS | {PARTNER_ADMIN},
                         'mutation { revokePartnerKey(keyId: "999999") { __typename } }'),
    # customers
    "customers": (STAFF | PARTNER_READERS, "{ customers { edges { cursor } } }"),
    "customer": (STAFF | PARTNER_READERS, '{ customer(id: "999999") { id } }'),
    "currentCustomer": (frozenset({CUSTOMER}), "{ currentCustomer { id } }"),
    "caughtSms": (MANAGERS | {SUPPORT}, "{ caughtSms { edges { cursor } } }"),
    "createCustomer": (MOVERS | PARTNER_WRITERS,
                       'mutation { createCustomer(input: {mobile: "not a number"}) '
                       "{ __typename } }"),
    "requestSignInCode": (EVERYONE, 'mutation { requestSignInCode(mobile: "09120000000") '
                                    "{ __typename } }"),
    "customerSignIn": (EVERYONE, 'mutation { customerSignIn(mobile: "09120000000", '
                                 'oneTimeCode: "000000") { __typename } }'),
    "requestMembershipCode": (MOVERS | PARTNER_WRITERS,
                              'mutation { requestMembershipCode(customerId: "999999") '
                              "{ __typename } }"),
    "confirmMembership": (MOVERS | PARTNER_WRITERS,
                          'mutation { confirmMembership(customerId: "999999", '
                          'oneTimeCode: "000000") { __typename } }'),
    # audit
    "auditEntries": (frozenset({OWNER, ADMIN, BACK_OFFICE}),
                     "{ auditEntries { edges { cursor } } }"),
    # ledger
    "ledgers": (LEDGER_READERS, "{ ledgers { code } }"),
    "account": (LEDGER_READERS, '{ account(id: "999999") { id } }'),
    "accounts": (LEDGER_READERS, "{ accounts { edges { cursor } } }"),
    "transfers": (LEDGER_READERS, '{ transfers(accountId: "999999") { edges { cursor } } }'),
    "transfer": (LEDGER_READERS, '{ transfer(id: "999999") { id } }'),
    "transferByIdempotencyKey": (LEDGER_READERS, '{ transferByIdempotencyKey(key: "k") { id } }'),
    "searchTransfers": (STAFF, "{ searchTransfers { edges { cursor } } }"),
    "ledgerSummary": (STAFF, "{ ledgerSummary { totals { ledger } } }"),
    "ledgerHealth": (MANAGERS, "{ ledgerHealth { ok } }"),
    "createAccounts": (MOVERS | PARTNER_WRITERS,
                       'mutation { createAccounts(input: [{ledger: "NOPE", code: "x"}]) '
                       "{ __typename } }"),
    "createTransfers": (MOVERS | PARTNER_WRITERS | {KEY_ONE_OPERATION},
                        'mutation { createTransfers(input: [{idempotencyKey: "k", code: "c", '
                        'amount: 1, debitAccountId: "999998", creditAccountId: "999999"}]) '
                        "{ __typename } }"),
    "postPendingTransfer": (MOVERS | PARTNER_WRITERS,
                            'mutation { postPendingTransfer(input: {pendingId: "999999", '
                            'idempotencyKey: "k"}) { __typename } }'),
    "voidPendingTransfer": (MOVERS | PARTNER_WRITERS,
                            'mutation { voidPendingTransfer(input: {pendingId: "999999", '
                            'idempotencyKey: "k"}) { __typename } }'),
    "setAccountCreditLimit": (MOVERS, 'mutation { setAccountCreditLimit(accountId: "999999", '
                                      "creditLimit: 5) { __typename } }"),
    "closeAccount": (MOVERS | PARTNER_WRITERS,
                     'mutation { closeAccount(accountId: "999999") { __typename } }'),
    # webhooks
    "webhookEndpoints": (MANAGERS | {PARTNER_ADMIN},
                         '{ webhookEndpoints(partnerId: "999999") { id } }'),
    "webhookAttempts": (MANAGERS | {PARTNER_ADMIN},
                        '{ webhookAttempts(endpointId: "999999") { edges { cursor } } }'),
    "createWebhookEndpoint": (MANAGERS | {PARTNER_ADMIN},
                              'mutation { createWebhookEndpoint(url: "nope", partnerId: "999999")'
                              " { __typename } }"),
    "deactivateWebhookEndpoint": (MANAGERS | {PARTNER_ADMIN},
                                  'mutation { deactivateWebhookEndpoint(endpointId: "999999") '
                                  "{ __typename } }"),
    # deposits
    "deposits": (STAFF | {CUSTOMER}, "{ deposits { edges { cursor } } }"),
    "deposit": (STAFF | {CUSTOMER}, '{ deposit(id: "999999") { id } }'),
    "declareDeposit": (MOVERS | {CUSTOMER},
                       'mutation { declareDeposit(input: {amount: 0, bank: MELLAT, '
                       'depositedOn: "2026-01-01", trackingNumber: "1", idempotencyKey: "k", '
                       'receipt: {contentType: "image/png", base64: ""}}) { __typename } }'),
    "approveDeposit": (frozenset({OWNER, ADMIN, BACK_OFFICE}),
                       'mutation { approveDeposit(id: "999999") { __typename } }'),
    "rejectDeposit": (frozenset({OWNER, ADMIN, BACK_OFFICE}),
                      'mutation { rejectDeposit(id: "999999", reason: "x") { __typename } }'),
    # online top-ups
    "topUps": (STAFF | {CUSTOMER}, "{ topUps { edges { cursor } } }"),
    "topUp": (STAFF | {CUSTOMER}, '{ topUp(id: "999999") { id } }'),
    "startTopUp": (MOVERS | {CUSTOMER},
                   'mutation { startTopUp(input: {amount: "1", gateway: SAMAN, '
                   'idempotencyKey: "k"}) { __typename } }'),
    "reconcileTopUp": (frozenset({OWNER, ADMIN, BACK_OFFICE}),
                       'mutation { reconcileTopUp(id: "999999") { __typename } }'),
    # email
    "emailMessages": (STAFF | {CUSTOMER}, "{ emailMessages { edges { cursor } } }"),
    "emailMessage": (STAFF | {CUSTOMER}, '{ emailMessage(id: "999999") { id } }'),
    "caughtEmails": (MANAGERS | {SUPPORT}, "{ caughtEmails { edges { cursor } } }"),
    "resendEmail": (MANAGERS | {SUPPORT},
                    'mutation { resendEmail(id: "999999") { __typename } }'),
    # wallets, activity and promotional credit
    "wallet": (STAFF | PARTNER_READERS | {CUSTOMER},
               '{ wallet(customerId: "999999") { id } }'),
    "customerActivity": (STAFF | PARTNER_READERS | {CUSTOMER},
                         '{ customerActivity(customerId: "999999") { level } }'),
    "businessSummary": (STAFF, "{ businessSummary { outstandingWalletCredit } }"),
    "updateCustomer": (MOVERS | PARTNER_WRITERS | {CUSTOMER},
                       'mutation { updateCustomer(input: {id: "999999", name: "x"}) '
                       "{ __typename } }"),
    "grantPromotionalCredit": (MANAGERS, 'mutation { grantPromotionalCredit(input: {customerId: '
                                         '"999999", amount: 1, expiresAt: '
                                         '"2030-01-01T00:00:00Z", idempotencyKey: "k", '
                                         'reason: "r"}) { __typename } }'),
    # billing
    "products": (STAFF | {CUSTOMER}, "{ products { id } }"),
    "orders": (STAFF | {CUSTOMER}, "{ orders { edges { cursor } } }"),
    "order": (STAFF | {CUSTOMER}, '{ order(id: "999999") { id } }'),
    "createProduct": (MANAGERS, 'mutation { createProduct(input: {nameFa: "", nameEn: "", '
                                "price: 0, cycle: MONTHLY}) { __typename } }"),
    "updateProduct": (MANAGERS, 'mutation { updateProduct(productId: "999999", changes: {}) '
                                "{ __typename } }"),
    "placeOrder": (MOVERS | {CUSTOMER}, 'mutation { placeOrder(input: {productId: "999999"}) '
                                        "{ __typename } }"),
    "payOrder": (MOVERS | {CUSTOMER}, 'mutation { payOrder(orderId: "999999", '
                                      'idempotencyKey: "k") { __typename } }'),
    "setAutoPay": (MOVERS | {CUSTOMER}, 'mutation { setAutoPay(orderId: "999999", on: true) '
                                        "{ __typename } }"),
    "cancelOrder": (MOVERS | {CUSTOMER}, 'mutation { cancelOrder(orderId: "999999") '
                                         "{ __typename } }"),
    "topUpAndPay": (MOVERS | {CUSTOMER}, 'mutation { topUpAndPay(input: {orderId: "999999", '
                                         'gateway: SAMAN, idempotencyKey: "k"}) '
                                         "{ __typename } }"),
    "markOrderFailed": (MOVERS, 'mutation { markOrderFailed(orderId: "999999", reason: "x") '
                                "{ __typename } }"),
    # cash-outs and the bank accounts they go to
    "bankAccounts": (STAFF | {CUSTOMER}, '{ bankAccounts(customerId: "999999") { id } }'),
    "addBankAccount": (MOVERS | {CUSTOMER},
                       'mutation { addBankAccount(input: {customerId: "999999", sheba: "x", '
                       'holderName: "x"}) { __typename } }'),
    "verifyBankAccount": (CASHOUT_APPROVERS,
                          'mutation { verifyBankAccount(id: "999999") { __typename } }'),
    "requestCashOut": (MOVERS | {CUSTOMER},
                       'mutation { requestCashOut(input: {customerId: "999999", '
                       'bankAccountId: "999999", amount: 1, idempotencyKey: "k"}) '
                       "{ __typename } }"),
    "approveCashOut": (CASHOUT_APPROVERS,
                       'mutation { approveCashOut(id: "999999") { __typename } }'),
    "rejectCashOut": (CASHOUT_APPROVERS,
                      'mutation { rejectCashOut(id: "999999", reason: "x") { __typename } }'),
    "cashOuts": (STAFF | {CUSTOMER}, "{ cashOuts { edges { cursor } } }"),
    "cashOut": (STAFF | {CUSTOMER}, '{ cashOut(id: "999999") { id } }'),
    "payoutBatches": (CASHOUT_APPROVERS, "{ payoutBatches { edges { cursor } } }"),
    "payoutBatchFile": (CASHOUT_APPROVERS,
                        '{ payoutBatchFile(batchId: "999999") { content } }'),
    # loyalty clubs: clubs, merchants, terminals, members (core)
    "clubs": (CLUB_READERS, "{ clubs { id } }"),
    "club": (CLUB_READERS, '{ club(id: "999999") { id } }'),
    "clubCategories": (CLUB_READERS, '{ clubCategories(clubId: "999999") { id } }'),
    "clubStaff": (CLUB_READERS, '{ clubStaff(clubId: "999999") { staffId } }'),
    "clubMerchants": (CLUB_READERS, '{ clubMerchants(clubId: "999999") { merchantId } }'),
    "merchantGroups": (CLUB_READERS, '{ merchantGroups(clubId: "999999") { id } }'),
    "branches": (CLUB_READERS, '{ branches(merchantId: "999999") { id } }'),
    "terminals": (CLUB_READERS, '{ terminals(merchantId: "999999") { id } }'),
    "members": (CLUB_READERS, '{ members(clubId: "999999") { id } }'),
    "member": (CLUB_READERS | {CUSTOMER}, '{ member(id: "999999") { id } }'),
    "memberHoldings": (CLUB_READERS | {CUSTOMER},
                       '{ memberHoldings(memberId: "999999") { memberId } }'),
    "findMember": (COUNTER, '{ findMember(clubId: "999999", identifier: "09121234567") '
                            "{ id } }"),
    "myClubMemberships": (frozenset({CUSTOMER}), "{ myClubMemberships { id } }"),
    "createClub": (CLUB_WRITERS, 'mutation { createClub(input: {settings: {name: ""}}) '
                                 "{ __typename } }"),
    "updateClub": (CLUB_WRITERS, 'mutation { updateClub(id: "999999", settings: {}) '
                                 "{ __typename } }"),
    "setClubFeeTariff": (MANAGERS | {PARTNER_ADMIN, PARTNER_SUPPORT},
                         'mutation { setClubFeeTariff(id: "999999", feePercentBp: 0, '
                         "feeAmount: 0) { __typename } }"),
    "addClubCategory": (CLUB_WRITERS, 'mutation { addClubCategory(clubId: "999999", '
                                      'kind: MERCHANT, code: "x", name: "x") '
                                      "{ __typename } }"),
    "renameClubCategory": (CLUB_WRITERS, 'mutation { renameClubCategory(clubId: "999999", '
                                         'id: "999999", name: "x") { __typename } }'),
    "setClubStaffRole": (CLUB_WRITERS, 'mutation { setClubStaffRole(clubId: "999999", '
                                       'staffId: "999999", role: VIEWER) { __typename } }'),
    "removeClubStaff": (CLUB_WRITERS, 'mutation { removeClubStaff(clubId: "999999", '
                                      'staffId: "999999") { __typename } }'),
    "addClubMerchant": (CLUB_WRITERS, 'mutation { addClubMerchant(clubId: "999999", '
                                      'merchantId: "999999") { __typename } }'),
    "updateClubMerchant": (CLUB_WRITERS, 'mutation { updateClubMerchant(clubId: "999999", '
                                         'merchantId: "999999", terms: {}) { __typename } }'),
    "setClubMerchantStatus": (CLUB_WRITERS,
                              'mutation { setClubMerchantStatus(clubId: "999999", '
                              'merchantId: "999999", status: ACTIVE) { __typename } }'),
    "createMerchantGroup": (CLUB_WRITERS, 'mutation { createMerchantGroup(clubId: "999999", '
                                          'name: "x") { __typename } }'),
    "addToMerchantGroup": (CLUB_WRITERS, 'mutation { addToMerchantGroup(clubId: "999999", '
                                         'groupId: "999999", merchantId: "999999") '
                                         "{ __typename } }"),
    "removeFromMerchantGroup": (CLUB_WRITERS,
                                'mutation { removeFromMerchantGroup(clubId: "999999", '
                                'groupId: "999999", merchantId: "999999") { __typename } }'),
    "createBranch": (CLUB_WRITERS, 'mutation { createBranch(merchantId: "999999", name: "x") '
                                   "{ __typename } }"),
    "createTerminal": (CLUB_WRITERS, 'mutation { createTerminal(merchantId: "999999", '
                                     'serial: "x") { __typename } }'),
    "deactivateTerminal": (CLUB_WRITERS, 'mutation { deactivateTerminal(id: "999999") '
                                         "{ __typename } }"),
    "issueTerminalKey": (CLUB_WRITERS, 'mutation { issueTerminalKey(terminalId: "999999") '
                                       "{ __typename } }"),
    "revokeTerminalKey": (CLUB_WRITERS, 'mutation { revokeTerminalKey(id: "999999") '
                                        "{ __typename } }"),
    "enrolMember": (COUNTER, 'mutation { enrolMember(input: {clubId: "999999", '
                             'mobile: "09121234567"}) { __typename } }'),
    "addMemberCard": (COUNTER | {CUSTOMER}, 'mutation { addMemberCard(memberId: "999999", '
                                            'cardNumber: "x") { __typename } }'),
    "removeMemberCard": (COUNTER | {CUSTOMER},
                         'mutation { removeMemberCard(memberId: "999999", cardId: "999999") '
                         "{ __typename } }"),
    "requestClubMembership": (frozenset({CUSTOMER}),
                              'mutation { requestClubMembership(clubId: "999999") '
                              "{ __typename } }"),
    "confirmClubMembership": (frozenset({CUSTOMER}),
                              'mutation { confirmClubMembership(clubId: "999999", '
                              'oneTimeCode: "000000") { __typename } }'),
    # loyalty clubs: purchases (purchase)
    # loyalty clubs: rules (each club's role decides further)
    "rules": (CLUB_READERS, '{ rules(clubId: "999999") { id } }'),
    "rule": (CLUB_READERS, '{ rule(id: "999999") { id } }'),
    "createRule": (CLUB_WRITERS, 'mutation { createRule(clubId: "999999", input: {name: "x", '
                                 'effects: []}) { __typename } }'),
    "updateRule": (CLUB_WRITERS, 'mutation { updateRule(id: "999999", input: {name: "x", '
                                 'effects: []}) { __typename } }'),
    "setRuleStatus": (CLUB_WRITERS, 'mutation { setRuleStatus(id: "999999", status: PAUSED) '
                                    "{ __typename } }"),
    "previewRule": (CLUB_READERS, 'mutation { previewRule(ruleId: "999999", purchase: '
                                  '{merchantId: "999999", amount: "1000"}) { __typename } }'),
    "simulateRule": (CLUB_READERS, 'mutation { simulateRule(ruleId: "999999") '
                                   "{ __typename } }"),
    "clubPurchases": (CLUB_READERS, '{ clubPurchases(clubId: "999999") { id } }'),
    "purchase": (CLUB_READERS | {TERMINAL, CUSTOMER}, '{ purchase(id: "999999") { id } }'),
    "myClubs": (frozenset({CUSTOMER}), "{ myClubs { clubId } }"),
    "myPurchases": (frozenset({CUSTOMER}), "{ myPurchases { id } }"),
    "quotePurchase": (frozenset({TERMINAL, PARTNER_ADMIN}),
                      'mutation { quotePurchase(input: {clubId: "999999", member: "09121234567", '
                      'amount: "1000", reference: "x"}) { __typename } }'),
    "commitPurchase": (frozenset({TERMINAL, PARTNER_ADMIN}),
                       'mutation { commitPurchase(input: {clubId: "999999", '
                       'member: "09121234567", amount: "1000", reference: "x"}) '
                       "{ __typename } }"),
    "returnPurchase": (COUNTER, 'mutation { returnPurchase(input: {purchaseId: "999999", '
                                'key: "x"}) { __typename } }'),
    "voidPurchase": (COUNTER, 'mutation { voidPurchase(purchaseId: "999999", key: "x") '
                              "{ __typename } }"),
    # loyalty clubs: settlement and the owner's statement (settlement)
    "settlementBatches": (CLUB_READERS, '{ settlementBatches(clubId: "999999") { id } }'),
    "settlementBatch": (CLUB_READERS, '{ settlementBatch(id: "999999") { id } }'),
    "clubStatement": (CLUB_READERS, '{ clubStatement(clubId: "999999", '
                                    'from: "2026-01-01T00:00:00Z", '
                                    'to: "2026-01-02T00:00:00Z") { purchases } }'),
    "clubDashboard": (CLUB_READERS, '{ clubDashboard(clubId: "999999") { clubId } }'),
    "closeSettlementPeriod": (CLUB_WRITERS,
                              'mutation { closeSettlementPeriod(clubId: "999999", '
                              'periodEnd: "2026-01-01T00:00:00Z") { __typename } }'),
    "recordSettlementAnswer": (CLUB_WRITERS,
                               'mutation { recordSettlementAnswer(id: "999999", '
                               "accepted: true) { __typename } }"),
    # loyalty clubs: lottery draws (draws)
    "draws": (CLUB_READERS, '{ draws(clubId: "999999") { id } }'),
    "drawPublication": (CLUB_READERS | {CUSTOMER},
                        '{ drawPublication(drawId: "999999") { drawId } }'),
    "createDraw": (CLUB_WRITERS, 'mutation { createDraw(input: {clubId: "999999", name: "x", '
                                 'cutoffAt: "2030-01-01T00:00:00Z", prizes: [{title: "x"}]}) '
                                 "{ __typename } }"),
    "cancelDraw": (CLUB_WRITERS, 'mutation { cancelDraw(drawId: "999999") { __typename } }'),
    "runDraw": (CLUB_WRITERS, 'mutation { runDraw(drawId: "999999") { __typename } }'),
    # loyalty clubs: referrals (referrals)
    "referralSettings": (CLUB_READERS, '{ referralSettings(clubId: "999999") { enabled } }'),
    "setReferralSettings": (CLUB_WRITERS, 'mutation { setReferralSettings(clubId: "999999", '
                                          "settings: {enabled: false}) { __typename } }"),
    "myReferralCode": (frozenset({CUSTOMER}), '{ myReferralCode(clubId: "999999") { code } }'),
    "referrals": (CLUB_READERS, '{ referrals(clubId: "999999") { id } }'),
    "referralResults": (CLUB_READERS, '{ referralResults(clubId: "999999") { invitees } }'),
    # loyalty: merchant tools (attendance, cash book, appointments)
    "merchantStaff": (CLUB_READERS, '{ merchantStaff(merchantId: "999999") { id } }'),
    "merchantAttendance": (CLUB_READERS, '{ merchantAttendance(merchantId: "999999") '
                                         "{ staffId } }"),
    "cashEntries": (CLUB_READERS, '{ cashEntries(merchantId: "999999") { id } }'),
    "dailyIncome": (CLUB_READERS, '{ dailyIncome(merchantId: "999999") { net } }'),
    "merchantSlots": (CLUB_READERS, '{ merchantSlots(merchantId: "999999") { id } }'),
    "slotBookings": (CLUB_READERS, '{ slotBookings(slotId: "999999") { id } }'),
    "openSlots": (frozenset({CUSTOMER}), '{ openSlots(clubId: "999999") { id } }'),
    "myBookings": (frozenset({CUSTOMER}), "{ myBookings { id } }"),
    "addMerchantStaff": (CLUB_WRITERS, 'mutation { addMerchantStaff(merchantId: "999999", '
                                       'code: "A1", pin: "1234", name: "x") { __typename } }'),
    "updateMerchantStaff": (CLUB_WRITERS, 'mutation { updateMerchantStaff(merchantId: "999999", '
                                          'staffId: "999999") { __typename } }'),
    "checkIn": (frozenset({TERMINAL}), 'mutation { checkIn(code: "X", pin: "0000") '
                                       "{ __typename } }"),
    "checkOut": (frozenset({TERMINAL}), 'mutation { checkOut(code: "X", pin: "0000") '
                                        "{ __typename } }"),
    "recordCashEntry": (frozenset({TERMINAL}),
                        'mutation { recordCashEntry(input: {kind: CASH_RECEIPT, amount: "0", '
                        'reference: "x"}) { __typename } }'),
    "reverseCashEntry": (COUNTER, 'mutation { reverseCashEntry(entryId: "999999", '
                                  'reference: "x") { __typename } }'),
    "publishSlot": (CLUB_WRITERS, 'mutation { publishSlot(merchantId: "999999", input: '
                                  '{service: "x", startsAt: "2020-01-01T00:00:00Z", '
                                  'endsAt: "2020-01-01T01:00:00Z"}) { __typename } }'),
    "bookSlot": (frozenset({CUSTOMER}), 'mutation { bookSlot(clubId: "999999", '
                                        'slotId: "999999") { __typename } }'),
    "cancelBooking": (frozenset({CUSTOMER}), 'mutation { cancelBooking(bookingId: "999999") '
                                             "{ __typename } }"),
    # loyalty clubs: federations and their agreements (federation)
    "federations": (CLUB_READERS, '{ federations(clubId: "999999") { id } }'),
    "federationAgreements": (CLUB_READERS,
                             '{ federationAgreements(clubId: "999999") { id } }'),
    "federationAgreement": (CLUB_READERS, '{ federationAgreement(id: "999999") { id } }'),
    "federationSettlements": (CLUB_READERS,
                              '{ federationSettlements(agreementId: "999999") { id } }'),
    "federationStatement": (CLUB_READERS, '{ federationStatement(clubId: "999999", '
                                          'partnerClubId: "999998", '
                                          'from: "2026-01-01T00:00:00Z", '
                                          'to: "2026-01-02T00:00:00Z") { net } }'),
    "createFederation": (CLUB_WRITERS, 'mutation { createFederation(clubId: "999999", '
                                       'name: "x") { __typename } }'),
    "inviteToFederation": (CLUB_WRITERS, 'mutation { inviteToFederation(federationId: '
                                         '"999999", clubId: "999999") { __typename } }'),
    "joinFederation": (CLUB_WRITERS, 'mutation { joinFederation(federationId: "999999", '
                                     'clubId: "999999") { __typename } }'),
    "proposeFederationAgreement": (CLUB_WRITERS,
                                   'mutation { proposeFederationAgreement(input: {clubId: '
                                   '"999999", partnerClubId: "999998", federationId: '
                                   '"999999"}) { __typename } }'),
    "acceptFederationAgreement": (CLUB_WRITERS, 'mutation { acceptFederationAgreement('
                                                'id: "999999") { __typename } }'),
    "endFederationAgreement": (CLUB_WRITERS, 'mutation { endFederationAgreement('
                                             'id: "999999") { __typename } }'),
    "closeFederationPeriod": (CLUB_WRITERS, 'mutation { closeFederationPeriod(agreementId: '
                                            '"999999", periodEnd: "2026-01-01T00:00:00Z") '
                                            '{ __typename } }'),
    # loyalty clubs: campaigns and members' profiles (events)
    "campaigns": (CLUB_READERS, '{ campaigns(clubId: "999999") { id } }'),
    "campaign": (CLUB_READERS, '{ campaign(id: "999999") { id } }'),
    "createCampaign": (CLUB_WRITERS, 'mutation { createCampaign(clubId: "999999", input: '
                                     '{name: "x", channel: SMS, textFa: "x", '
                                     'sendAt: "2026-01-01T00:00:00Z"}) { __typename } }'),
    "updateCampaign": (CLUB_WRITERS, 'mutation { updateCampaign(id: "999999", input: '
                                     '{name: "x", channel: SMS, textFa: "x", '
                                     'sendAt: "2026-01-01T00:00:00Z"}) { __typename } }'),
    "setCampaignStatus": (CLUB_WRITERS, 'mutation { setCampaignStatus(id: "999999", '
                                        "status: CANCELLED) { __typename } }"),
    "updateMemberProfile": (CLUB_WRITERS | {CUSTOMER},
                            'mutation { updateMemberProfile(memberId: "999999", '
                            'input: {gender: "female"}) { __typename } }'),
    # loyalty clubs: segments and members' statistics (segments)
    "segments": (CLUB_READERS, '{ segments(clubId: "999999") { id } }'),
    "segment": (CLUB_READERS, '{ segment(id: "999999") { id } }'),
    "memberStats": (CLUB_READERS, '{ memberStats(memberId: "999999") { memberId } }'),
    "createSegment": (CLUB_WRITERS, 'mutation { createSegment(clubId: "999999", name: "x", '
                                    "definition: {}) { __typename } }"),
    "updateSegment": (CLUB_WRITERS, 'mutation { updateSegment(id: "999999", name: "x") '
                                    "{ __typename } }"),
    "archiveSegment": (CLUB_WRITERS, 'mutation { archiveSegment(id: "999999") '
                                     "{ __typename } }"),
    # loyalty clubs: tiers (each club's role decides further)
    "tiers": (CLUB_READERS, '{ tiers(clubId: "999999") { id } }'),
    "tierPolicy": (CLUB_READERS, '{ tierPolicy(clubId: "999999") { graceDays } }'),
    "memberTier": (CLUB_READERS | {CUSTOMER}, '{ memberTier(memberId: "999999") { figure } }'),
    "setTierLadder": (CLUB_WRITERS, 'mutation { setTierLadder(clubId: "999999", tiers: []) '
                                    "{ __typename } }"),
    "setTierPolicy": (CLUB_WRITERS, 'mutation { setTierPolicy(clubId: "999999", '
                                    "downgradeAfterDays: null) { __typename } }"),
    "setMemberTier": (CLUB_WRITERS, 'mutation { setMemberTier(memberId: "999999", '
                                    "tierId: null) { __typename } }"),
    # sub-clubs and member groups
    "subClubs": (CLUB_READERS, '{ subClubs(clubId: "999999") { id } }'),
    "memberGroups": (CLUB_READERS, '{ memberGroups(clubId: "999999") { id } }'),
    "memberGroup": (CLUB_READERS, '{ memberGroup(clubId: "999999", id: "999999") { id } }'),
    "createSubClub": (CLUB_WRITERS, 'mutation { createSubClub(parentId: "999999", '
                                    'settings: {name: "x"}) { __typename } }'),
    "createMemberGroup": (CLUB_WRITERS, 'mutation { createMemberGroup(clubId: "999999", '
                                        'name: "x", kind: FAMILY) { __typename } }'),
    "updateMemberGroup": (CLUB_WRITERS, 'mutation { updateMemberGroup(clubId: "999999", '
                                        'id: "999999", change: {}) { __typename } }'),
    "addMemberToGroup": (CLUB_WRITERS, 'mutation { addMemberToGroup(clubId: "999999", '
                                       'groupId: "999999", memberId: "999999") '
                                       "{ __typename } }"),
    "removeMemberFromGroup": (CLUB_WRITERS,
                              'mutation { removeMemberFromGroup(clubId: "999999", '
                              'groupId: "999999", memberId: "999999") { __typename } }'),
    "grantGroupCredit": (CLUB_WRITERS, 'mutation { grantGroupCredit(clubId: "999999", '
                                       'groupId: "999999", amount: 1, key: "k") '
                                       "{ __typename } }"),
}


def _root_fields(root: str):
    """GraphQL name -> strawberry field, for every field of a root type the schema serves."""
    schema = build_schema(Settings(environment="test"))
    definition = schema.get_type_by_name(root)
    assert isinstance(definition, StrawberryObjectDefinition)
    return {schema.config.name_converter.from_field(field): field
            for field in definition.fields}


MUTATIONS = _root_fields("Mutation")
ROOT_FIELDS = {**_root_fields("Query"), **MUTATIONS}


# --- every operation has a rule, and the matrix has a row for it ------------------------------

@pytest.mark.parametrize("name", sorted(ROOT_FIELDS))
def test_every_operation_declares_who_may_call_it(name):
    assert rule_of(ROOT_FIELDS[name]) is not None, f"{name} has no requires(...) rule"


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_every_mutation_is_audited_around_its_rule(name):
    extensions = MUTATIONS[name].extensions
    assert isinstance(extensions[-1], AuditMutation), "the audit must wrap the access check"


def test_the_matrix_has_a_row_for_every_operation_and_no_other():
    assert set(ROOT_FIELDS) - set(MATRIX) == set(), "add the new operations to MATRIX"
    assert set(MATRIX) - set(ROOT_FIELDS) == set(), "MATRIX names operations that are gone"


# --- each cell against the declared rule --------------------------------------------------------

def _identity(caller: str) -> Identity | None:
    """The identity a caller of that kind authenticates as."""
    if caller == ANON:
        return None
    kind, _, detail = caller.partition(":")
    if kind == "staff":
        return Identity(kind=CallerKind.STAFF, name=caller, staff_id=1, role=StaffRole(detail))
    if kind == "partner_staff":
        return Identity(kind=CallerKind.PARTNER_STAFF, name=caller, staff_id=2,
                        role=StaffRole(detail), partner_id=1)
    if kind == "key":
        return Identity(kind=CallerKind.PARTNER_KEY, name=caller, partner_id=1, key_id=1,
                        scopes=frozenset(KEY_SCOPES[caller]))
    if kind == TERMINAL:
        return Identity(kind=CallerKind.TERMINAL, name=caller, partner_id=1, key_id=1,
                        terminal_id=1)
    return Identity(kind=CallerKind.CUSTOMER, name=caller, customer_id=1)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_each_rule_admits_exactly_the_callers_of_its_row(name):
    rule = rule_of(ROOT_FIELDS[name])
    assert rule is not None
    admitted = {c for c in CALLERS if rule.allows(_identity(c), name)}
    assert admitted == MATRIX[name][0]


# --- each cell over HTTP, as a real caller of each kind -------------------------------------------

@pytest.fixture
async def tokens(make_staff, make_partner, make_partner_key, make_customer):
    """A token for every caller but the anonymous one, all of one partner where it applies."""
    partner = await make_partner()
    found: dict[str, str | None] = {ANON: None}
    for role in StaffRole:
        _, found[f"staff:{role.value}"] = await make_staff(role)
    _, found[PARTNER_ADMIN] = await make_staff(StaffRole.ADMIN, partner=partner)
    _, found[PARTNER_SUPPORT] = await make_staff(StaffRole.SUPPORT, partner=partner)
    for caller, scopes in KEY_SCOPES.items():
        found[caller] = await make_partner_key(partner, scopes)
    _, found[CUSTOMER] = await make_customer(partner=partner)
    found[TERMINAL] = await _terminal_key(partner)
    return found


async def _terminal_key(merchant: Any) -> str:
    """A key of a terminal of `merchant` (the partner every other caller belongs to)."""
    from models.loyalty import terminals

    issuer = Identity(kind=CallerKind.STAFF, name="tests", staff_id=0, role=StaffRole.OWNER)
    terminal = await terminals.create_terminal(issuer, merchant.id, "T1")
    secret, _ = await terminals.issue_key(issuer, terminal.id)
    return secret


def _refusal(body: dict[str, Any]) -> str | None:
    codes = [(e.get("extensions") or {}).get("code") for e in body.get("errors") or []]
    return next((c for c in codes if c in ("UNAUTHENTICATED", "FORBIDDEN")), None)


@pytest.mark.parametrize("name", sorted(MATRIX))
async def test_each_operation_answers_each_caller_as_its_row_says(call_as, tokens, name):
    allowed, document = MATRIX[name]
    wrong = {}
    for caller in CALLERS:
        body = await call_as(tokens[caller], document)
        expected = None if caller in allowed else (
            "UNAUTHENTICATED" if caller == ANON else "FORBIDDEN")
        refusal = _refusal(body)
        if refusal != expected:
            wrong[caller] = (expected, refusal, body.get("errors"))
        if refusal is not None:
            assert (body.get("data") or {}).get(name) is None
    assert wrong == {}


# --- what a refusal says ----------------------------------------------------------------------

async def test_an_unknown_token_gets_only_an_authentication_error(call_as, db):
    body = await call_as("etb_not-a-real-token", "{ ledgers { code } }")
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert "unknown, expired or revoked" in body["errors"][0]["message"]


async def test_a_forbidden_call_names_who_may_make_it(call_as, make_staff):
    _, token = await make_staff(StaffRole.SUPPORT)
    body = await call_as(token, MATRIX["closeAccount"][1])
    assert body["errors"][0]["message"] == (
        "closeAccount is for staff (owner, admin, operator, back_office); partners with "
        "ledger:write.")


async def test_a_staff_token_reads(staff_client):
    response = await staff_client.post("/graphql", json={"query": "{ me { email role } }"})
    assert response.json()["data"]["me"] == {"email": "owner@example.com", "role": "owner"}


async def test_a_revoked_partner_key_is_refused(call_as, make_partner, make_partner_key,
                                                make_staff):
    # given a key that worked, then was revoked
    partner = await make_partner()
    key = await make_partner_key(partner)
    assert "errors" not in await call_as(key, "{ currentPartner { id } }")
    _, owner = await make_staff(StaffRole.OWNER)
    keys = await call_as(owner, "query($p: ID!) { partnerKeys(partnerId: $p) { nodes { id } } }",
                         p=str(partner.id))
    key_id = keys["data"]["partnerKeys"]["nodes"][0]["id"]
    await call_as(owner, "mutation($k: ID!) { revokePartnerKey(keyId: $k) { __typename } }",
                  k=key_id)
    # when it is used again
    body = await call_as(key, "{ currentPartner { id } }")
    # then
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
