package fr.maillage.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which reverse proxies may tell the application the client's address and the public address
 * ({@code X-Forwarded-*} and {@code Forwarded} headers). From anyone else those headers are dropped.
 *
 * @param trustedProxies IP addresses or CIDR ranges ({@code 10.0.0.0/8}) of the proxies; loopback
 *                       by default (a proxy on the same machine); empty to trust none
 */
@ConfigurationProperties("maillage")
public record ProxySettings(@DefaultValue({"127.0.0.1", "::1"}) List<String> trustedProxies) {
}
