package fr.maillage.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Client of the public company directory ("API Recherche d'entreprises", {@code GET /search?q=…}):
 * turns its results into suggestions for the organisation form. It is an outside service, so every
 * call is bounded by timeouts and any failure becomes {@link CompanyDirectoryUnavailableException}.
 */
@Component
public class CompanyDirectory {

    private static final Logger log = LoggerFactory.getLogger(CompanyDirectory.class);
    private static final int MAX_RESULTS = 10;

    /** Legal categories (INSEE "catégories juridiques") that name a kind of organisation. */
    private static final Map<String, OrganisationKind> KINDS = Map.of(
            "7210", OrganisationKind.COMMUNE,
            "7343", OrganisationKind.EPCI,
            "7344", OrganisationKind.EPCI,
            "7346", OrganisationKind.EPCI,
            "7348", OrganisationKind.EPCI,
            "7361", OrganisationKind.CCAS,
            "8110", OrganisationKind.CAF,
            "7331", OrganisationKind.ETABLISSEMENT_SCOLAIRE);

    private final RestClient client;

    CompanyDirectory(DirectoryProperties properties) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.companyConnectTimeout()).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.companyReadTimeout());
        this.client = RestClient.builder().baseUrl(properties.companyApiUrl()).requestFactory(factory).build();
    }

    /**
     * Companies and associations matching a name, SIREN or SIRET, best first.
     *
     * @throws CompanyDirectoryUnavailableException on timeout, network error or error answer
     */
    public List<CompanySuggestion> search(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        try {
            SearchAnswer answer = client.get()
                    .uri(uri -> uri.path("/search").queryParam("q", query.strip()).queryParam("per_page", MAX_RESULTS)
                            .build())
                    .retrieve().body(SearchAnswer.class);
            return answer == null || answer.results() == null ? List.of()
                    : answer.results().stream().map(CompanyDirectory::suggestion).toList();
        } catch (RestClientException e) {
            log.warn("Company directory unavailable for \"{}\": {}", query, e.getMessage());
            throw new CompanyDirectoryUnavailableException("company directory unavailable", e);
        }
    }

    private static CompanySuggestion suggestion(Result r) {
        Siege siege = r.siege() == null ? new Siege(null, null, null, null, null) : r.siege();
        boolean association = r.complements() != null && Boolean.TRUE.equals(r.complements().est_association());
        String rna = r.complements() == null ? null : r.complements().identifiant_association();
        OrganisationKind kind = association ? OrganisationKind.ASSOCIATION
                : KINDS.getOrDefault(r.nature_juridique(), r.nature_juridique() != null
                        && r.nature_juridique().startsWith("5") ? OrganisationKind.ENTREPRISE : OrganisationKind.AUTRE);
        return new CompanySuggestion(r.siren(), r.nom_complet(), siege.siret(), street(siege), siege.code_postal(),
                siege.commune(), siege.libelle_commune(), r.nature_juridique(), kind, rna);
    }

    /** The street part of the full address, which ends with the postal code and the commune. */
    private static String street(Siege siege) {
        String address = siege.adresse();
        if (address == null) {
            return null;
        }
        int cut = siege.code_postal() == null ? -1 : address.lastIndexOf(siege.code_postal());
        return (cut > 0 ? address.substring(0, cut) : address).strip();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchAnswer(List<Result> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(String siren, String nom_complet, String nature_juridique, Siege siege, Complements complements) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Siege(String siret, String adresse, String code_postal, String commune, String libelle_commune) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Complements(Boolean est_association, String identifiant_association) {
    }
}
