SELECT
  "t5"."person_id",
  "t5"."benefit",
  "t5"."start_date",
  "t5"."end_date",
  "t5"."first_contact_date",
  "t5"."target_group",
  "t5"."first_absence_date",
  "t5"."sickness_category",
  "t5"."employed",
  "t5"."handover_date",
  "t5"."expected_absence_weeks",
  "t5"."work_obligation",
  "t5"."municipality",
  "t5"."early_followup_request_date",
  "t5"."education_order",
  "t5"."periods",
  "t5"."window_start",
  "t11"."due_date"
FROM (
  SELECT
    "t0"."person_id",
    "t0"."benefit",
    "t0"."start_date",
    "t0"."end_date",
    "t0"."first_contact_date",
    "t0"."target_group",
    "t0"."first_absence_date",
    "t0"."sickness_category",
    "t0"."employed",
    "t0"."handover_date",
    "t0"."expected_absence_weeks",
    "t0"."work_obligation",
    "t0"."municipality",
    "t0"."early_followup_request_date",
    "t0"."education_order",
    "t0"."periods",
    "t0"."start_date" AS "window_start"
  FROM "_tilsyn_benefit_spells" AS "t0"
  WHERE
    "t0"."benefit" IN ('dagpenge')
) AS "t5"
INNER JOIN (
  SELECT
    "t9"."person_id",
    "t9"."benefit",
    "t9"."start_date",
    MIN("t9"."date") AS "due_date"
  FROM (
    SELECT
      "t8"."person_id",
      "t8"."benefit",
      "t8"."start_date",
      "t8"."date",
      CASE
        WHEN "t8"."kind" IS NULL
        OR CAST("t8"."date" AS TEXT) IS NULL
        OR "t8"."form" IS NULL
        OR "t8"."held_by" IS NULL
        THEN NULL
        ELSE CONCAT("t8"."kind", ' ', CAST("t8"."date" AS TEXT), ' (', "t8"."form", ', ', "t8"."held_by", ')')
      END AS "description"
    FROM (
      SELECT
        "t6"."person_id",
        "t6"."benefit",
        "t6"."start_date",
        "t6"."window_start",
        "t6"."_first",
        "t6"."_last",
        "t7"."person_id" AS "person_id_right",
        "t7"."date",
        "t7"."kind",
        "t7"."form",
        "t7"."held_by",
        "t7"."status",
        "t7"."individual",
        "t7"."caseworker_id",
        "t7"."purpose"
      FROM (
        SELECT
          "t0"."person_id",
          "t0"."benefit",
          "t0"."start_date",
          "t0"."start_date" AS "window_start",
          "t0"."start_date" AS "_first",
          COALESCE("t0"."end_date", CAST($as_of AS DATE)) AS "_last"
        FROM "_tilsyn_benefit_spells" AS "t0"
        WHERE
          "t0"."benefit" IN ('dagpenge')
      ) AS "t6"
      INNER JOIN (
        SELECT
          *
        FROM "conversations" AS "t1"
        WHERE
          "t1"."status" = 'afholdt'
          AND COALESCE("t1"."individual", TRUE)
          AND "t1"."date" <= CAST($as_of AS DATE)
          AND "t1"."kind" IN ('jobsamtale')
      ) AS "t7"
        ON "t6"."person_id" = "t7"."person_id"
        AND "t7"."date" >= "t6"."_first"
        AND "t7"."date" <= "t6"."_last"
    ) AS "t8"
    WHERE
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t8"."window_start" >= MAKE_DATE(2024, 1, 1)
            THEN ['akasse']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t8"."held_by"
        ),
        FALSE
      )
      AND COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t8"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN ['personligt', 'telefon', 'video']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t8"."form"
        ),
        FALSE
      )
  ) AS "t9"
  GROUP BY
    1,
    2,
    3
) AS "t11"
  ON "t5"."person_id" = "t11"."person_id"
  AND "t5"."benefit" = "t11"."benefit"
  AND "t5"."start_date" = "t11"."start_date"
