using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Organizations;
using Portal.Web.Identity;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Atlantic;

internal sealed class DesignationApplicationConfiguration : IEntityTypeConfiguration<DesignationApplication>
{
    public const string OneOpenPerProvinceFilter = "\"Status\" IN ('Draft', 'Submitted', 'ChangesRequested')";

    public void Configure(EntityTypeBuilder<DesignationApplication> b)
    {
        b.ToTable("DesignationApplications");
        b.HasKey(d => d.Id);
        b.Property(d => d.Province).HasConversion<string>().HasMaxLength(2);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Locations).HasMaxLength(2000);
        b.Property(d => d.ProviderName).HasMaxLength(200);
        b.Property(d => d.ProviderContact).HasMaxLength(300);
        b.Property(d => d.TrainingCompletedBy).HasMaxLength(200);
        b.Property(d => d.RepresentativeName).HasMaxLength(200);
        b.Property(d => d.RepresentativeTitle).HasMaxLength(200);
        b.Property(d => d.RepresentativeEmail).HasMaxLength(256);
        b.Property(d => d.RepresentativePhone).HasMaxLength(30);
        b.Property(d => d.ChangesRequested).HasMaxLength(2000);
        b.Property(d => d.DesignationNumber).HasMaxLength(50);
        b.Property(d => d.RefusalReason).HasMaxLength(2000);
        b.Ignore(d => d.IsOpen);
        b.Ignore(d => d.CanEdit);
        // At most one open application per organization and province: the database keeps the rule even when two
        // owners press the button at the same moment.
        b.HasIndex(d => new { d.OrganizationId, d.Province }).IsUnique()
            .HasFilter(OneOpenPerProvinceFilter)
            .HasDatabaseName("IX_DesignationApplications_OneOpenPerProvince");
        // The administrators' queue: by status, oldest submission first.
        b.HasIndex(d => new { d.Status, d.SubmittedAtUtc });
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EndorsementCaseConfiguration : IEntityTypeConfiguration<EndorsementCase>
{
    public void Configure(EntityTypeBuilder<EndorsementCase> b)
    {
        b.ToTable("EndorsementCases");
        b.HasKey(c => c.Id);
        b.Property(c => c.CandidateName).HasMaxLength(200).IsRequired();
        b.Property(c => c.CandidateEmail).HasMaxLength(256);
        b.Property(c => c.Province).HasConversion<string>().HasMaxLength(2);
        b.Property(c => c.Class).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.OccupationCode).HasMaxLength(5).IsRequired();
        b.Property(c => c.FamilyNotes).HasMaxLength(2000);
        b.Property(c => c.NeedsAssessmentProvider).HasMaxLength(200);
        b.Property(c => c.CertificateNumber).HasMaxLength(50);
        b.Ignore(c => c.Stage);
        b.HasIndex(c => new { c.OrganizationId, c.OpenedAtUtc });
        b.HasIndex(c => c.OfferId);
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Offer>().WithMany().HasForeignKey(c => c.OfferId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Occupation>().WithMany().HasForeignKey(c => c.OccupationCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SettlementCommitmentConfiguration : IEntityTypeConfiguration<SettlementCommitment>
{
    public void Configure(EntityTypeBuilder<SettlementCommitment> b)
    {
        b.ToTable("SettlementCommitments");
        b.HasKey(c => c.Id);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Description).HasMaxLength(1000).IsRequired();
        b.Property(c => c.NotNeededReason).HasMaxLength(1000);
        b.Property(c => c.EvidenceNotes).HasMaxLength(2000);
        b.Ignore(c => c.IsOpen);
        // The tracking page: the organization's open commitments by due date.
        b.HasIndex(c => new { c.OrganizationId, c.Status, c.DueOn });
        b.HasIndex(c => c.CaseId);
        b.HasOne<EndorsementCase>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
