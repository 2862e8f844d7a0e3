namespace Portal.Web.Features.Organizations;

/// <summary>An employer registered in the portal. Its owners and HR staff are its <see cref="Membership"/>s.</summary>
public sealed class Organization
{
    public const int NameMaxLength = 200;

    private Organization() { }

    public Guid Id { get; private set; }
    public string LegalName { get; private set; } = string.Empty;
    public string? OperatingName { get; private set; }
    /// <summary>The 9-digit CRA business number, digits only; unique in the portal.</summary>
    public string BusinessNumber { get; private set; } = string.Empty;
    public MailingAddress Address { get; private set; } = null!;
    public string Phone { get; private set; } = string.Empty;
    public string PrimaryContactName { get; private set; } = string.Empty;
    public string PrimaryContactEmail { get; private set; } = string.Empty;
    public DateTime RegisteredAtUtc { get; private set; }
    /// <summary>
    /// Owners and HR staff must sign in with two factors: they see every worker's passport and permit details, which
    /// deserve more than a password. The owners choose; off by default.
    /// </summary>
    public bool RequireTwoFactor { get; private set; }

    public string DisplayName => string.IsNullOrWhiteSpace(OperatingName) ? LegalName : OperatingName;

    public static Organization Register(OrganizationDetails details, DateTime nowUtc)
    {
        var org = new Organization { Id = Guid.CreateVersion7(), RegisteredAtUtc = nowUtc };
        org.Apply(details);
        return org;
    }

    public void UpdateDetails(OrganizationDetails details) => Apply(details);

    /// <summary>Turns the two-factor requirement on or off; false when it already was so (nothing to save).</summary>
    public bool SetTwoFactorRequirement(bool required)
    {
        if (RequireTwoFactor == required) return false;
        RequireTwoFactor = required;
        return true;
    }

    private void Apply(OrganizationDetails d)
    {
        if (!Organizations.BusinessNumber.IsValid(d.BusinessNumber))
            throw new ArgumentException("The business number is not a valid 9-digit CRA business number.", nameof(d));
        LegalName = d.LegalName.Trim();
        OperatingName = string.IsNullOrWhiteSpace(d.OperatingName) ? null : d.OperatingName.Trim();
        BusinessNumber = Organizations.BusinessNumber.Normalize(d.BusinessNumber);
        Address = d.Address;
        Phone = d.Phone.Trim();
        PrimaryContactName = d.PrimaryContactName.Trim();
        PrimaryContactEmail = d.PrimaryContactEmail.Trim();
    }
}

public sealed record OrganizationDetails(
    string LegalName,
    string? OperatingName,
    string BusinessNumber,
    MailingAddress Address,
    string Phone,
    string PrimaryContactName,
    string PrimaryContactEmail);

/// <summary>A Canadian mailing address (stored as columns of its owner).</summary>
public sealed record MailingAddress(string Line1, string? Line2, string City, Province Province, string PostalCode);
