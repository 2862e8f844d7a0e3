using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Web.ReferenceData;

internal sealed class OccupationConfiguration : IEntityTypeConfiguration<Occupation>
{
    public void Configure(EntityTypeBuilder<Occupation> b)
    {
        b.ToTable("Occupations");
        b.HasKey(o => o.Code);
        b.Property(o => o.Code).HasMaxLength(5);
        b.Property(o => o.Title).HasMaxLength(300).IsRequired();
        b.Property(o => o.TitleFr).HasMaxLength(300);
        b.Property(o => o.Noc2016Code).HasMaxLength(4);
        b.Property(o => o.Noc2016SkillLevel).HasMaxLength(1);
        b.HasIndex(o => o.Noc2016Code);
    }
}

internal sealed class ImmigrationProgramConfiguration : IEntityTypeConfiguration<ImmigrationProgram>
{
    public void Configure(EntityTypeBuilder<ImmigrationProgram> b)
    {
        b.ToTable("Programs");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(20);
        b.Property(p => p.Name).HasMaxLength(200).IsRequired();
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Description).HasMaxLength(2000).IsRequired();
        b.Property(p => p.Source).HasMaxLength(500);
        b.Property(p => p.Regulation).HasMaxLength(40);
        b.Ignore(p => p.IsPathway);
        b.Ignore(p => p.OffersCanUseAsCode);
    }
}

internal sealed class ProgramRuleSetConfiguration : IEntityTypeConfiguration<ProgramRuleSet>
{
    public void Configure(EntityTypeBuilder<ProgramRuleSet> b)
    {
        b.ToTable("ProgramRuleSets");
        b.HasKey(r => r.Id);
        b.Property(r => r.ProgramCode).HasMaxLength(20);
        b.Property(r => r.Source).HasMaxLength(500).IsRequired();
        b.Property(r => r.EligibleTeers).HasMaxLength(20);
        b.Property(r => r.ExpeditedTeers).HasMaxLength(20);
        b.Property(r => r.IndeterminateTeers).HasMaxLength(20);
        b.Property(r => r.MinimumHoursPerWeek).HasPrecision(5, 2);
        b.Property(r => r.RequiredProvinces).HasMaxLength(60);
        b.Property(r => r.ExcludedProvinces).HasMaxLength(60);
        b.Property(r => r.RequiredCitizenships).HasMaxLength(60);
        b.Ignore(r => r.Values);
        b.Ignore(r => r.EligibleTeerList);
        b.Ignore(r => r.ExpeditedTeerList);
        b.Ignore(r => r.IndeterminateTeerList);
        b.Ignore(r => r.RequiredProvinceList);
        b.Ignore(r => r.ExcludedProvinceList);
        b.Ignore(r => r.RequiredCitizenshipList);
        // One set starts on a given day for a program.
        b.HasIndex(r => new { r.ProgramCode, r.EffectiveFrom }).IsUnique();
        b.HasOne<ImmigrationProgram>().WithMany().HasForeignKey(r => r.ProgramCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProgramOccupationConfiguration : IEntityTypeConfiguration<ProgramOccupation>
{
    public void Configure(EntityTypeBuilder<ProgramOccupation> b)
    {
        b.ToTable("ProgramOccupations");
        b.HasKey(p => new { p.ProgramCode, p.OccupationCode });
        b.Property(p => p.ProgramCode).HasMaxLength(20);
        b.Property(p => p.OccupationCode).HasMaxLength(5);
        b.HasOne<ImmigrationProgram>().WithMany().HasForeignKey(p => p.ProgramCode).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Occupation>().WithMany().HasForeignKey(p => p.OccupationCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ParticipatingEmployerConfiguration : IEntityTypeConfiguration<ParticipatingEmployer>
{
    public void Configure(EntityTypeBuilder<ParticipatingEmployer> b)
    {
        b.ToTable("ParticipatingEmployers");
        b.HasKey(p => p.Id);
        b.Property(p => p.ProgramCode).HasMaxLength(20);
        b.Property(p => p.Name).HasMaxLength(200).IsRequired();
        b.Property(p => p.BusinessNumber).HasMaxLength(9);
        b.HasIndex(p => new { p.ProgramCode, p.Name }).IsUnique();
        // One firm per business number: the number is what makes an organization that firm.
        b.HasIndex(p => new { p.ProgramCode, p.BusinessNumber }).IsUnique();
        b.HasOne<ImmigrationProgram>().WithMany().HasForeignKey(p => p.ProgramCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Features.Organizations.Organization>().WithMany().HasForeignKey(p => p.ConfirmedOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ComplianceFeeConfiguration : IEntityTypeConfiguration<ComplianceFee>
{
    public void Configure(EntityTypeBuilder<ComplianceFee> b)
    {
        b.ToTable("ComplianceFees");
        b.HasKey(f => f.Id);
        b.Property(f => f.Amount).HasPrecision(10, 2);
        b.Property(f => f.Currency).HasMaxLength(3).IsRequired();
        b.HasIndex(f => f.EffectiveFrom).IsUnique();
    }
}

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> b)
    {
        b.ToTable("Countries");
        b.HasKey(c => c.Code);
        b.Property(c => c.Code).HasMaxLength(3);
        b.Property(c => c.NameEn).HasMaxLength(100).IsRequired();
        b.Property(c => c.NameFr).HasMaxLength(100).IsRequired();
    }
}
