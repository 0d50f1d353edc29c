package se.goteborg.international.service.api;

import org.junit.jupiter.api.Test;

import se.goteborg.international.service.problem.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTest {

    @Test
    void aStaleIfMatchIsRefusedWith412() {
        assertThatThrownBy(() -> Versions.requireMatch("\"2\"", 3))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(412));
    }

    @Test
    void theCurrentVersionAnyVersionOrNoHeaderPass() {
        assertThatCode(() -> Versions.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireMatch("W/\"3\", \"4\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireMatch("*", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireMatch(null, 3)).doesNotThrowAnyException();
    }

    @Test
    void pagesAreBoundedAndCounted() {
        assertThatThrownBy(() -> PageRequest.of(0, 201)).isInstanceOf(ApiException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> PageRequest.of(-1, 10)).isInstanceOf(ApiException.class).hasMessageContaining("page");
        PageRequest request = PageRequest.of(2, 10);
        assertThat(request.offset()).isEqualTo(20);
        assertThat(PageResponse.of(java.util.List.of("a"), request, 21).totalPages()).isEqualTo(3);
    }
}
