namespace Portal.Web.Data.Migrations;

/// <summary>
/// The DocumentsInOneTable migration of each provider: offer documents (<c>OfferDocuments</c>, owned by their
/// <c>OfferId</c>) and Atlantic documents (<c>AtlanticDocuments</c>, owned by their <c>SubjectId</c>, which the kind told
/// apart) move into one <c>Documents</c> table with their owner's type and id, keeping their ids, so that their files and
/// audit entries still match. The kinds' names were distinct in the two tables and stay as they are. Written once, with
/// double-quoted names, which SQLite, PostgreSQL and SQL Server (QUOTED_IDENTIFIER on, as EF Core runs migrations) all read.
/// </summary>
internal static class DocumentsInOneTableSql
{
    private const string Facts = "\"Id\", \"OrganizationId\", \"Kind\", \"FileName\", \"StoredName\", \"ContentType\", \"SizeBytes\", \"Sha256\", \"UploadedAtUtc\", \"UploadedByUserId\"";

    public static readonly string[] Up =
    [
        $"INSERT INTO \"Documents\" ({Facts}, \"OwnerType\", \"OwnerId\") SELECT {Facts}, 'Offer', \"OfferId\" FROM \"OfferDocuments\";",
        $"INSERT INTO \"Documents\" ({Facts}, \"OwnerType\", \"OwnerId\") SELECT {Facts}, "
            + "CASE \"Kind\" WHEN 'TrainingCertificate' THEN 'DesignationApplication' WHEN 'CommitmentEvidence' THEN 'SettlementCommitment' ELSE 'EndorsementCase' END, "
            + "\"SubjectId\" FROM \"AtlanticDocuments\";",
    ];

    public static readonly string[] Down =
    [
        $"INSERT INTO \"OfferDocuments\" ({Facts}, \"OfferId\") SELECT {Facts}, \"OwnerId\" FROM \"Documents\" WHERE \"OwnerType\" = 'Offer';",
        $"INSERT INTO \"AtlanticDocuments\" ({Facts}, \"SubjectId\") SELECT {Facts}, \"OwnerId\" FROM \"Documents\" WHERE \"OwnerType\" <> 'Offer';",
    ];
}
