package fr.maillage.account.web;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import fr.maillage.account.ApiTokenManagement;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the profile page shows, for the controllers that display it again after a refused form.
 */
@Component
class ProfilePage {

    static final String VIEW = "account/profile";
    static final String TOKEN_FORM = "tokenForm";

    private final AccountManagement accounts;
    private final ApiTokenManagement tokens;

    ProfilePage(AccountManagement accounts, ApiTokenManagement tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    String show(AccountPrincipal me, Model model) {
        model.addAttribute("user", accounts.get(me.id()));
        model.addAttribute("apiTokens", tokens.listOf(me.id()));
        if (!model.containsAttribute(TOKEN_FORM)) {
            model.addAttribute(TOKEN_FORM, ApiTokenForm.empty());
        }
        return VIEW;
    }
}
