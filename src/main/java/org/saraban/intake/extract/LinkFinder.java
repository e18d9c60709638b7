package org.saraban.intake.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URLs printed in the text ({@code https://…}, {@code www.…}), once each, in reading order. Stateless and thread-safe. */
public final class LinkFinder {
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[A-Za-z0-9./?=&%#~+:@_-]+[A-Za-z0-9/_=#-]");

    public List<String> find(LetterText letter) {
        LinkedHashSet<String> links = new LinkedHashSet<>();
        Matcher m = URL.matcher(letter.text());
        while (m.find()) {
            links.add(m.group());
        }
        return List.copyOf(links);
    }
}
