using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Features.Account;

public sealed class RegisterConfirmationModel : PageModel
{
    public string? Email { get; private set; }
    public bool NotSent { get; private set; }

    public void OnGet(string? email, bool notSent)
    {
        Email = email;
        NotSent = notSent;
    }
}
