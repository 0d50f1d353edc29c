package se.goteborg.international.partnership.cooperationarea;

import io.swagger.v3.oas.annotations.media.Schema;

/** One term of the managed cooperation-area vocabulary (e.g. school, welfare, culture). */
public record CooperationArea(@Schema(example = "CULTURE") String code,
                              @Schema(example = "Culture") String nameEn,
                              @Schema(example = "Kultur") String nameSv) {
}
