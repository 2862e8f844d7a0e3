using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Auditing;
using Portal.Web.Features.Organizations;
using Portal.Web.Identity;

namespace Portal.Web.Data;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.ToTable("Organizations");
        b.HasKey(o => o.Id);
        b.Property(o => o.LegalName).HasMaxLength(Organization.NameMaxLength).IsRequired();
        b.Property(o => o.OperatingName).HasMaxLength(Organization.NameMaxLength);
        b.Property(o => o.BusinessNumber).HasMaxLength(BusinessNumber.Length).IsRequired();
        b.HasIndex(o => o.BusinessNumber).IsUnique();
        b.Property(o => o.Phone).HasMaxLength(30).IsRequired();
        b.Property(o => o.PrimaryContactName).HasMaxLength(200).IsRequired();
        b.Property(o => o.PrimaryContactEmail).HasMaxLength(256).IsRequired();
        b.Ignore(o => o.DisplayName);
        b.ComplexProperty(o => o.Address, a =>
        {
            a.Property(x => x.Line1).HasColumnName("AddressLine1").HasMaxLength(200).IsRequired();
            a.Property(x => x.Line2).HasColumnName("AddressLine2").HasMaxLength(200);
            a.Property(x => x.City).HasColumnName("City").HasMaxLength(100).IsRequired();
            a.Property(x => x.Province).HasColumnName("Province").HasConversion<string>().HasMaxLength(2).IsRequired();
            a.Property(x => x.PostalCode).HasColumnName("PostalCode").HasMaxLength(7).IsRequired();
        });
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.ToTable("Memberships");
        b.HasKey(m => m.Id);
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        // A person belongs to exactly one organization.
        b.HasIndex(m => m.UserId).IsUnique();
        b.HasIndex(m => new { m.OrganizationId, m.IsActive });
        b.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.ToTable("Invitations");
        b.HasKey(i => i.Id);
        b.Property(i => i.Email).HasMaxLength(256).IsRequired();
        b.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.HasIndex(i => new { i.OrganizationId, i.CreatedAtUtc });
        b.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    /// <summary>The trigger that refuses to change or delete a row (created by the first migration; SQL Server's name).</summary>
    public const string AppendOnlyTrigger = "AuditEntries_append_only";

    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedOnAdd();
        b.Property(a => a.ActorName).HasMaxLength(256).IsRequired();
        b.Property(a => a.EntityType).HasMaxLength(100).IsRequired();
        b.Property(a => a.EntityId).HasMaxLength(100).IsRequired();
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.ClientAddress).HasMaxLength(AuditEntry.ClientAddressMaxLength);
        b.Property(a => a.Changes).IsRequired();
        b.HasIndex(a => new { a.OrganizationId, a.OccurredAtUtc });
        b.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(200).IsRequired();
        b.Property(u => u.PreferredCulture).HasMaxLength(5).IsRequired();
    }
}
