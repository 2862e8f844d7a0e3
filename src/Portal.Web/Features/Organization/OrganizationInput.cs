using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Portal.Web.Features.Organizations;
using Portal.Web.Localization;

namespace Portal.Web.Features;

/// <summary>The organization's details as a form: used by registration and by the owners' edit page.</summary>
public class OrganizationInput
{
    [Required(ErrorMessage = "Enter the organization's legal name.")]
    [StringLength(Organizations.Organization.NameMaxLength, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Legal name")]
    public string LegalName { get; set; } = string.Empty;

    [StringLength(Organizations.Organization.NameMaxLength, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Operating name (if different)")]
    public string? OperatingName { get; set; }

    [Required(ErrorMessage = "Enter the 9-digit CRA business number.")]
    [Display(Name = "CRA business number (9 digits)")]
    public string BusinessNumber { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the street address.")]
    [StringLength(200, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Address")]
    public string AddressLine1 { get; set; } = string.Empty;

    [StringLength(200, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Address line 2")]
    public string? AddressLine2 { get; set; }

    [Required(ErrorMessage = "Enter the city.")]
    [StringLength(100, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "City")]
    public string City { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose the province or territory.")]
    [Display(Name = "Province or territory")]
    public Province? Province { get; set; }

    [Required(ErrorMessage = "Enter the postal code.")]
    [RegularExpression(@"^\s*[ABCEGHJ-NPRSTVXYabceghj-nprstvxy]\d[ABCEGHJ-NPRSTV-Zabceghj-nprstv-z]\s?\d[ABCEGHJ-NPRSTV-Zabceghj-nprstv-z]\d\s*$", ErrorMessage = "Enter a Canadian postal code such as K1A 0B1.")]
    [Display(Name = "Postal code")]
    public string PostalCode { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter a phone number.")]
    [RegularExpression(@"^[0-9+()\-. ]{10,25}( ?(x|ext\.?) ?\d{1,6})?$", ErrorMessage = "Enter a phone number such as 613-555-0100.")]
    [Display(Name = "Phone")]
    public string Phone { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the primary contact's name.")]
    [StringLength(200, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Primary contact")]
    public string PrimaryContactName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the primary contact's email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Primary contact's email")]
    public string PrimaryContactEmail { get; set; } = string.Empty;

    public OrganizationDetails ToDetails() => new(
        LegalName, OperatingName, BusinessNumber,
        new MailingAddress(AddressLine1.Trim(), string.IsNullOrWhiteSpace(AddressLine2) ? null : AddressLine2.Trim(), City.Trim(),
            Province!.Value, NormalizePostalCode(PostalCode)),
        Phone, PrimaryContactName, PrimaryContactEmail);

    public static string NormalizePostalCode(string code)
    {
        var compact = new string(code.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return compact.Length == 6 ? compact[..3] + " " + compact[3..] : compact;
    }

    public void CopyFrom(Organizations.Organization o)
    {
        LegalName = o.LegalName;
        OperatingName = o.OperatingName;
        BusinessNumber = o.BusinessNumber;
        AddressLine1 = o.Address.Line1;
        AddressLine2 = o.Address.Line2;
        City = o.Address.City;
        Province = o.Address.Province;
        PostalCode = o.Address.PostalCode;
        Phone = o.Phone;
        PrimaryContactName = o.PrimaryContactName;
        PrimaryContactEmail = o.PrimaryContactEmail;
    }
}

public static class OrganizationForm
{
    public static string Describe(BusinessNumberProblem problem, IStringLocalizer<SharedResource> l) => problem switch
    {
        BusinessNumberProblem.Missing => l["Enter the 9-digit CRA business number."],
        BusinessNumberProblem.NotDigits => l["The business number has digits only (spaces are fine)."],
        BusinessNumberProblem.WrongLength => l["The business number has exactly 9 digits."],
        _ => l["This is not a valid CRA business number: check the digits against your CRA documents."],
    };
}
