namespace EvalHarness.Synthetic;

/// <summary>
/// A line of business the generator writes about. The first four parts are neutral words that every branch may use;
/// the last three carry knowledge needs and are written only into the retrieval branches.
/// </summary>
/// <param name="Sector">What the organisation is: <c>law firm</c>.</param>
/// <param name="Users">Who the assistant serves, plural: <c>clients</c>.</param>
/// <param name="Items">What the assistant writes, plural: <c>letters</c>.</param>
/// <param name="Task">What the assistant does, as a verb phrase: <c>answer client letters</c>.</param>
/// <param name="Sources">The organisation's own documents: <c>case files</c>.</param>
/// <param name="Facts">Facts that change: <c>court rulings</c>.</param>
/// <param name="Records">Records kept per customer: <c>matter histories</c>.</param>
internal sealed record SyntheticDomain(string Sector, string Users, string Items, string Task, string Sources, string Facts, string Records)
{
    /// <summary>The domains, in a fixed order so a seed always picks the same one.</summary>
    public static IReadOnlyList<SyntheticDomain> All { get; } =
    [
        new("law firm", "clients", "letters", "answer client letters", "case files and precedent memos", "court rulings", "matter histories"),
        new("hospital", "patients", "discharge notes", "write discharge notes", "clinical guidelines", "drug recalls", "patient records"),
        new("bank", "customers", "replies", "reply to customers", "internal policy handbook", "interest rates", "account histories"),
        new("airline", "travellers", "messages", "handle rebooking requests", "operations manual", "flight delays", "booking records"),
        new("insurer", "policyholders", "claim notes", "process claims", "underwriting guidelines", "storm claims", "claim histories"),
        new("university", "students", "answers", "answer student emails", "course regulations", "timetable changes", "enrolment records"),
        new("game studio", "players", "dialogue lines", "write dialogue for characters", "design documents", "patch notes", "player profiles"),
        new("logistics company", "shippers", "delivery messages", "answer shipper requests", "warehouse procedures", "port closures", "shipment records"),
        new("energy supplier", "households", "bill explanations", "explain bills", "tariff documents", "wholesale prices", "meter readings"),
        new("telecom operator", "subscribers", "chat replies", "handle support chats", "network runbooks", "outage reports", "subscriber accounts"),
        new("travel agency", "holidaymakers", "itineraries", "plan trips", "supplier contracts", "hotel availability", "booking histories"),
        new("publisher", "readers", "blurbs", "write book blurbs", "rights database", "bestseller lists", "reader subscriptions"),
        new("pharmacy chain", "shoppers", "answers", "answer medicine questions", "dispensing procedures", "drug shortages", "prescription records"),
        new("car maker", "dealers", "service notes", "answer dealer questions", "repair manuals", "recall notices", "vehicle service histories"),
        new("city council", "residents", "replies", "answer resident enquiries", "planning policies", "bin collection changes", "resident case records"),
        new("retailer", "shoppers", "product descriptions", "write product descriptions", "product catalogue", "stock levels", "order histories"),
        new("accounting firm", "clients", "memos", "prepare client memos", "audit working papers", "tax rule changes", "client ledgers"),
    ];
}
