package org.mosaiccrm.commons.jpa;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** What a person types is what a prefix search looks for, wildcards and all. */
public class NameKeysTest {

    @Test
    public void wildcardsTypedByAPersonMatchThemselves() {
        assertEquals("jean\\_2%", NameKeys.startingWith("jean_2"));
        assertEquals("100\\%%", NameKeys.startingWith("100%"));
        assertEquals("a\\\\b%", NameKeys.startingWith("a\\b"));
        assertEquals("bérénice%", NameKeys.startingWith("bérénice"));
    }

    @Test
    public void aKeyIsLowerCasedAndCutWithoutSplittingACharacter() {
        assertEquals("élise", NameKeys.of("ÉLISE", 200));
        assertEquals("ab", NameKeys.of("ABC", 2));
        assertEquals(1, NameKeys.of("a\uD83D\uDE00", 2).length()); // an emoji is not cut in half
    }
}
