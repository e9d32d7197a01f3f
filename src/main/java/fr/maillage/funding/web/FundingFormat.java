package fr.maillage.funding.web;

import fr.maillage.funding.Money;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Money as French readers write it, for templates ({@code ${@fundingFormat.money(x)}}). */
@Component("fundingFormat")
public class FundingFormat {

    public String money(BigDecimal amount) {
        return amount == null ? "—" : Money.format(amount);
    }
}
