package fr.maillage.account.web.api;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import fr.maillage.account.UserAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Provisioning of users by the platform's administrators.
 */
@RestController
@RequestMapping(path = "/api/v1/users", produces = "application/json")
@Tag(name = "api.doc.tag.users", description = "api.doc.tag.users.description")
@SecurityRequirement(name = "jeton")
class UsersApiController {

    private final AccountManagement accounts;

    UsersApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createUser", summary = "api.doc.users.create", description = "api.doc.users.create.description")
    ResponseEntity<UserResponse> create(@AuthenticationPrincipal AccountPrincipal me,
            @Valid @RequestBody NewUserRequest request) {
        requireAdministrator(me);
        UserAccount user = accounts.createUser(request.email(), request.displayName(), request.password(),
                request.isAdministrator());
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.getId())).body(UserResponse.of(user));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getUser", summary = "api.doc.users.get")
    UserResponse get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long id) {
        requireAdministrator(me);
        return UserResponse.of(accounts.get(id));
    }

    private static void requireAdministrator(AccountPrincipal me) {
        if (!me.isAdmin()) {
            throw new AccessDeniedException("users are provisioned by administrators");
        }
    }
}
