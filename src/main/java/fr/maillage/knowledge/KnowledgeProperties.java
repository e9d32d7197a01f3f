package fr.maillage.knowledge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the knowledge module ({@code maillage.knowledge.*}).
 *
 * @param watchPolling      whether the scheduled poll of the news sources runs on this node
 * @param watchTimeout      connect and read time limit of each feed, so that a slow one never holds the others
 * @param watchMaxFeedSize  the largest feed read; a bigger one is reported as broken
 * @param watchThreads      how many feeds are read at the same time
 * @param resourceMaxSize   the largest library document accepted
 * @param extractionMaxChars the most text kept from one document (bounded memory and index)
 * @param inlineExtractionMaxSize documents up to this size are read at once; bigger ones by the background job
 */
@ConfigurationProperties("maillage.knowledge")
public record KnowledgeProperties(
        @DefaultValue("true") boolean watchPolling,
        @DefaultValue("10s") Duration watchTimeout,
        @DefaultValue("5MB") DataSize watchMaxFeedSize,
        @DefaultValue("4") int watchThreads,
        @DefaultValue("20MB") DataSize resourceMaxSize,
        @DefaultValue("200000") int extractionMaxChars,
        @DefaultValue("1MB") DataSize inlineExtractionMaxSize) {
}
