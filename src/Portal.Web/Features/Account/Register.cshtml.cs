using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Email;
using Portal.Web.Email.Messages;
using Portal.Web.Features.Organizations;
using Portal.Web.Identity;
using Portal.Web.Localization;
using Portal.Web.Security;

namespace Portal.Web.Features.Account;

/// <summary>A person registers their organization and becomes its first owner.</summary>
[RateLimited(LimitedAction.Register, AccountField = "Input.Email")]
public sealed class RegisterModel(
    PortalDbContext db,
    UserManager<PortalUser> users,
    PortalEmails emails,
    IOptions<PortalOptions> portal,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (BusinessNumber.Validate(Input.BusinessNumber) is { } problem)
            ModelState.AddModelError("Input.BusinessNumber", OrganizationForm.Describe(problem, l));
        if (!ModelState.IsValid) return Page();

        var bn = BusinessNumber.Normalize(Input.BusinessNumber);
        if (await db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.BusinessNumber == bn, ct))
            ModelState.AddModelError("Input.BusinessNumber", l["An organization with this business number is already registered. Ask one of its owners to invite you."]);
        if (await users.FindByEmailAsync(Input.Email) is not null)
            ModelState.AddModelError("Input.Email", l["An account with this email address already exists. Sign in, or reset your password."]);
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new PortalUser
        {
            UserName = Input.Email.Trim(), Email = Input.Email.Trim(), FullName = Input.FullName.Trim(),
            PreferredCulture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            CreatedAtUtc = now,
        };
        // The organization, its first membership and the account are saved by one SaveChanges (the one
        // CreateAsync makes), so they exist together or not at all and the audit trail ties them together.
        user.Id = Guid.CreateVersion7();
        var organization = Organizations.Organization.Register(Input.ToDetails(), now);
        db.Organizations.Add(organization);
        db.Memberships.Add(Membership.Create(organization.Id, user.Id, MemberRole.EmployerOwner, now));
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, Input.Password);
        }
        catch (DbUpdateException)
        {
            // Someone registered the same business number a moment ago: the unique index said no.
            ModelState.AddModelError("Input.BusinessNumber", l["An organization with this business number is already registered. Ask one of its owners to invite you."]);
            return Page();
        }
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
                ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", e.Description);
            return Page();
        }

        var sent = await SendConfirmationAsync(users, emails, portal.Value, user, ct, $"{nameof(ConfirmEmailMessage)}:{user.Id:N}:registered");
        return RedirectToPage("/Account/RegisterConfirmation", new { email = user.Email, notSent = !sent });
    }

    internal static async Task<bool> SendConfirmationAsync(UserManager<PortalUser> users, PortalEmails emails, PortalOptions portal, PortalUser user, CancellationToken ct, string? idempotencyKey = null)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = portal.Link($"/Account/ConfirmEmail?userId={user.Id}&code={AccountLinks.Encode(token)}");
        return await emails.SendAsync(user.Email!, user.PreferredCulture, new ConfirmEmailMessage(user.FullName, link), idempotencyKey, ct);
    }
}

public sealed class RegisterInput : OrganizationInput
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Your name")]
    public string FullName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your work email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Work email")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "Type the password again.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    [Display(Name = "Confirm password")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
