using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Organizations;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Offers;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> b)
    {
        b.ToTable("Offers");
        b.HasKey(o => o.Id);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.WorkerFamilyName).HasMaxLength(100).IsRequired();
        b.Property(o => o.WorkerGivenNames).HasMaxLength(100).IsRequired();
        b.Property(o => o.WorkerCitizenship).HasMaxLength(3).IsRequired();
        b.Property(o => o.PassportNumber).HasMaxLength(20).IsRequired();
        b.Property(o => o.WorkerEmail).HasMaxLength(256).IsRequired();
        b.Property(o => o.JobTitle).HasMaxLength(200).IsRequired();
        b.Property(o => o.OccupationCode).HasMaxLength(5).IsRequired();
        b.Property(o => o.MainDuties).HasMaxLength(4000).IsRequired();
        b.Property(o => o.Wage).HasPrecision(12, 2);
        b.Property(o => o.WageUnit).HasConversion<string>().HasMaxLength(10);
        b.Property(o => o.HoursPerWeek).HasPrecision(5, 2);
        b.Property(o => o.Location1City).HasMaxLength(100).IsRequired();
        b.Property(o => o.Location1Province).HasConversion<string>().HasMaxLength(2);
        b.Property(o => o.Location2City).HasMaxLength(100);
        b.Property(o => o.Location2Province).HasConversion<string>().HasMaxLength(2);
        b.Property(o => o.ProgramCode).HasMaxLength(20).IsRequired();
        b.Property(o => o.PathwayCode).HasMaxLength(20);
        b.Property(o => o.FeeExemptionReason).HasMaxLength(1000);
        b.Property(o => o.PermitOutcome).HasConversion<string>().HasMaxLength(10);
        b.Property(o => o.PermitNumber).HasMaxLength(20);
        b.Property(o => o.ExemptionExplanation).HasMaxLength(4000).IsRequired();
        b.Property(o => o.FeeAmount).HasPrecision(10, 2);
        b.Property(o => o.FeeReference).HasMaxLength(100);
        b.Property(o => o.OfferNumber).HasMaxLength(8);
        b.Property(o => o.WithdrawalReason).HasMaxLength(1000);
        b.Ignore(o => o.WorkerName);
        b.Ignore(o => o.Indeterminate);
        b.Ignore(o => o.WorkProvinces);
        b.Ignore(o => o.FeePaid);
        b.Ignore(o => o.Details);
        b.Ignore(o => o.RecordsKeptUntil);
        b.Ignore(o => o.CanAskForRefund);
        // The renewal reminders look for permits about to expire.
        b.HasIndex(o => o.PermitExpiresOn);
        // The offer number is unique in the portal (IRCC, Employer Portal: offer of employment).
        b.HasIndex(o => o.OfferNumber).IsUnique();
        b.HasIndex(o => new { o.OrganizationId, o.CreationToken }).IsUnique();
        // The organization's list: filtered by status, newest first.
        b.HasIndex(o => new { o.OrganizationId, o.Status, o.CreatedAtUtc });
        b.HasIndex(o => new { o.OrganizationId, o.CreatedAtUtc });
        b.HasOne<Organization>().WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Occupation>().WithMany().HasForeignKey(o => o.OccupationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ImmigrationProgram>().WithMany().HasForeignKey(o => o.ProgramCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ImmigrationProgram>().WithMany().HasForeignKey(o => o.PathwayCode).OnDelete(DeleteBehavior.Restrict);
    }
}
