package fr.maillage.account.web.api;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.account.ApiTokenManagement;
import fr.maillage.account.ApiTokenManagement.CreatedApiToken;
import fr.maillage.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's personal API tokens. Creating one takes the e-mail and password (HTTP Basic); the
 * security chain refuses a token there, so that a leaked token cannot make itself a successor.
 */
@RestController
@RequestMapping(path = "/api/v1/tokens", produces = "application/json")
@Tag(name = "api.doc.tag.tokens", description = "api.doc.tag.tokens.description")
class ApiTokensController {

    private final ApiTokenManagement tokens;

    ApiTokensController(ApiTokenManagement tokens) {
        this.tokens = tokens;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createToken", summary = "api.doc.tokens.create", description = "api.doc.tokens.create.description",
            security = @SecurityRequirement(name = "motDePasse"))
    ResponseEntity<TokenResponse> create(@AuthenticationPrincipal AccountPrincipal me,
            @Valid @RequestBody TokenRequest request) {
        CreatedApiToken created = tokens.create(me.id(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.token().getId()))
                .body(TokenResponse.created(created.token(), created.secret()));
    }

    @GetMapping
    @Operation(operationId = "listTokens", summary = "api.doc.tokens.list", security = @SecurityRequirement(name = "jeton"))
    List<TokenResponse> list(@AuthenticationPrincipal AccountPrincipal me) {
        return tokens.listOf(me.id()).stream().map(TokenResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getToken", summary = "api.doc.tokens.get", security = @SecurityRequirement(name = "jeton"))
    TokenResponse get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long id) {
        return tokens.listOf(me.id()).stream().filter(t -> t.getId().equals(id)).findFirst().map(TokenResponse::of)
                .orElseThrow(() -> new NotFoundException("api token " + id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeToken", summary = "api.doc.tokens.revoke", description = "api.doc.tokens.revoke.description",
            security = @SecurityRequirement(name = "jeton"))
    ResponseEntity<Void> revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long id) {
        tokens.revoke(id, me);
        return ResponseEntity.noContent().build();
    }
}
