package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.documents.DocumentSymbol.Suffix;
import org.plenary.shared.InvalidInputException;

class DocumentSymbolTest {

    @ParameterizedTest
    @ValueSource(strings = {"CCM/CONF/2020/1", "CCM/CONF/2020/WP.4", "CCM/CONF/2015/PM.1/2", "CCM/CONF/2020/WP.4/Rev.1",
        "CCM/MSP/2011/WP.3/Rev.1/Amend.1", "CCM/CONF/2020/L.1", "CCM/CONF/2020/Misc.1", "CCM/CONF/2020/INF.3/Add.2"})
    void acceptsUnitedNationsSymbols(String symbol) {
        assertThat(DocumentSymbol.parse(symbol).value()).isEqualTo(symbol);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "CCM", "ccm/CONF/2020/1", "CCM//2020/1", "CCM/CONF/2020/", "CCM/CONF 2020/1",
        "CCM/CONF/2020/WP.4/Rev.0", "CCM/Rev.1", "CCM/CONF/Rev.1/2020", "CCM/CONF/2020/WP-4", "CCM/CONF/2020/<b>"})
    void rejectsMalformedSymbolsWithAMessage(String symbol) {
        assertThatThrownBy(() -> DocumentSymbol.parse(symbol))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageNotContaining("null");
    }

    @Test
    void revisionsReplaceTheRevisedTextSoTheyAreNumberedOnTheBase() {
        DocumentSymbol original = DocumentSymbol.parse("CCM/CONF/2020/WP.4");
        assertThat(original.nextRevision().value()).isEqualTo("CCM/CONF/2020/WP.4/Rev.1");
        assertThat(original.nextRevision().nextRevision().value()).isEqualTo("CCM/CONF/2020/WP.4/Rev.2");
    }

    @Test
    void suffixesStack() {
        DocumentSymbol rev = DocumentSymbol.parse("CCM/MSP/2011/WP.3/Rev.1");
        assertThat(rev.with(Suffix.AMENDMENT, 1).value()).isEqualTo("CCM/MSP/2011/WP.3/Rev.1/Amend.1");
        assertThat(rev.with(Suffix.AMENDMENT, 1).base().value()).isEqualTo("CCM/MSP/2011/WP.3");
        assertThat(rev.trailing(Suffix.REVISION)).contains(1);
        assertThat(rev.trailing(Suffix.CORRIGENDUM)).isEmpty();
    }

    @Test
    void limitedDocumentsCarryAnLPart() {
        assertThat(DocumentSymbol.parse("CCM/CONF/2020/L.1").limited()).isTrue();
        assertThat(DocumentSymbol.parse("CCM/CONF/2020/WP.4").limited()).isFalse();
    }
}
