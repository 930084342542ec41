WITH "t11" AS (
  SELECT
    "t10"."person_id",
    "t10"."benefit",
    "t10"."start_date",
    "t10"."first_contact_date",
    "t10"."target_group",
    "t10"."first_absence_date",
    "t10"."sickness_category",
    "t10"."employed",
    "t10"."handover_date",
    "t10"."expected_absence_weeks",
    "t10"."work_obligation",
    "t10"."municipality",
    "t10"."early_followup_request_date",
    "t10"."education_order",
    "t10"."_end",
    "t10"."_acc",
    "t10"."_switch",
    "t10"."_run",
    "t10"."_new",
    MAX(CASE WHEN "t10"."_new" = 1 THEN "t10"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t10"."person_id"
      ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
  FROM (
    SELECT
      "t9"."person_id",
      "t9"."benefit",
      "t9"."start_date",
      "t9"."first_contact_date",
      "t9"."target_group",
      "t9"."first_absence_date",
      "t9"."sickness_category",
      "t9"."employed",
      "t9"."handover_date",
      "t9"."expected_absence_weeks",
      "t9"."work_obligation",
      "t9"."municipality",
      "t9"."early_followup_request_date",
      "t9"."education_order",
      "t9"."_end",
      "t9"."_acc",
      "t9"."_switch",
      "t9"."_run",
      CASE
        WHEN (
          "t9"."_switch" = 1
        )
        OR (
          (
            MAX("t9"."_end") OVER (
              PARTITION BY "t9"."person_id", "t9"."_run"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t9"."_end") OVER (
              PARTITION BY "t9"."person_id", "t9"."_run"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t9"."start_date" > CAST(CAST(MAX("t9"."_end") OVER (
              PARTITION BY "t9"."person_id", "t9"."_run"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t9"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t9"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t9"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t9"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t9"."_end") OVER (
                    PARTITION BY "t9"."person_id", "t9"."_run"
                    ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t9"."_end") OVER (
                    PARTITION BY "t9"."person_id", "t9"."_run"
                    ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t9"."_end") OVER (
                      PARTITION BY "t9"."person_id", "t9"."_run"
                      ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t9"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  )
                ) AS TIMESTAMP) AS DATE)
              )
            )
          )
        )
        OR COALESCE(
          ARRAY_CONTAINS(
            CASE
              WHEN "t9"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t9"."target_group") OVER (
              PARTITION BY "t9"."person_id", "t9"."_run"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || '>' || "t9"."target_group"
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
      SELECT
        "t8"."person_id",
        "t8"."benefit",
        "t8"."start_date",
        "t8"."first_contact_date",
        "t8"."target_group",
        "t8"."first_absence_date",
        "t8"."sickness_category",
        "t8"."employed",
        "t8"."handover_date",
        "t8"."expected_absence_weeks",
        "t8"."work_obligation",
        "t8"."municipality",
        "t8"."early_followup_request_date",
        "t8"."education_order",
        "t8"."_end",
        "t8"."_acc",
        "t8"."_switch",
        SUM("t8"."_switch") OVER (
          PARTITION BY "t8"."person_id"
          ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
      FROM (
        SELECT
          "t7"."person_id",
          "t7"."benefit",
          "t7"."start_date",
          "t7"."first_contact_date",
          "t7"."target_group",
          "t7"."first_absence_date",
          "t7"."sickness_category",
          "t7"."employed",
          "t7"."handover_date",
          "t7"."expected_absence_weeks",
          "t7"."work_obligation",
          "t7"."municipality",
          "t7"."early_followup_request_date",
          "t7"."education_order",
          "t7"."_end",
          "t7"."_acc",
          CASE
            WHEN LAG("t7"."benefit") OVER (
              PARTITION BY "t7"."person_id"
              ORDER BY "t7"."start_date" ASC, "t7"."benefit" ASC, "t7"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t7"."benefit") OVER (
              PARTITION BY "t7"."person_id"
              ORDER BY "t7"."start_date" ASC, "t7"."benefit" ASC, "t7"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t7"."benefit"
            THEN 1
            ELSE 0
          END AS "_switch"
        FROM (
          SELECT
            "t2"."person_id",
            "t2"."benefit",
            "t2"."start_date",
            "t2"."first_contact_date",
            "t2"."target_group",
            "t2"."first_absence_date",
            "t2"."sickness_category",
            "t2"."employed",
            "t2"."handover_date",
            "t2"."expected_absence_weeks",
            "t2"."work_obligation",
            "t2"."municipality",
            "t2"."early_followup_request_date",
            "t2"."education_order",
            CASE
              WHEN (
                "t2"."end_date" IS NULL
              ) OR (
                "t2"."end_date" > CAST($as_of AS DATE)
              )
              THEN MAKE_DATE(9999, 12, 31)
              ELSE "t2"."end_date"
            END AS "_end",
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t2"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['dagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t2"."benefit"
              ),
              FALSE
            ) AS "_acc"
          FROM "benefit_periods" AS "t2"
          WHERE
            "t2"."start_date" <= CAST($as_of AS DATE)
        ) AS "t7"
      ) AS "t8"
    ) AS "t9"
  ) AS "t10"
), "t13" AS (
  SELECT
    *
  FROM "t11" AS "t12"
  WHERE
    "t12"."_acc"
), "t17" AS (
  SELECT
    "t15"."person_id",
    "t15"."benefit",
    MIN("t15"."start_date") AS "c1"
  FROM "t13" AS "t15"
  GROUP BY
    1,
    2
), "t26" AS (
  SELECT
    "t25"."person_id",
    "t25"."benefit",
    "t25"."c1",
    "t25"."c2"
  FROM (
    SELECT
      "t19"."person_id",
      "t19"."benefit",
      "t19"."c1",
      "t24"."person_id" AS "person_id_right",
      "t24"."benefit" AS "benefit_right",
      "t24"."c2"
    FROM "t17" AS "t19"
    LEFT OUTER JOIN (
      SELECT
        "t22"."person_id",
        "t22"."benefit",
        MIN("t22"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t16"."person_id",
            "t16"."benefit",
            "t16"."start_date",
            "t16"."first_contact_date",
            "t16"."target_group",
            "t16"."first_absence_date",
            "t16"."sickness_category",
            "t16"."employed",
            "t16"."handover_date",
            "t16"."expected_absence_weeks",
            "t16"."work_obligation",
            "t16"."municipality",
            "t16"."early_followup_request_date",
            "t16"."education_order",
            "t16"."_end",
            "t16"."_acc",
            "t16"."_switch",
            "t16"."_run",
            "t16"."_new",
            "t16"."_spell_start",
            "t20"."c1"
          FROM "t13" AS "t16"
          INNER JOIN "t17" AS "t20"
            ON "t16"."person_id" = "t20"."person_id" AND "t16"."benefit" = "t20"."benefit"
        ) AS "t21"
        WHERE
          "t21"."start_date" >= CAST(CAST("t21"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t21"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t22"
      GROUP BY
        1,
        2
    ) AS "t24"
      ON "t19"."person_id" = "t24"."person_id" AND "t19"."benefit" = "t24"."benefit"
  ) AS "t25"
), "t35" AS (
  SELECT
    "t34"."person_id",
    "t34"."benefit",
    "t34"."c1",
    "t34"."c2",
    "t34"."c3"
  FROM (
    SELECT
      "t28"."person_id",
      "t28"."benefit",
      "t28"."c1",
      "t28"."c2",
      "t33"."person_id" AS "person_id_right",
      "t33"."benefit" AS "benefit_right",
      "t33"."c3"
    FROM "t26" AS "t28"
    LEFT OUTER JOIN (
      SELECT
        "t31"."person_id",
        "t31"."benefit",
        MIN("t31"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t16"."person_id",
            "t16"."benefit",
            "t16"."start_date",
            "t16"."first_contact_date",
            "t16"."target_group",
            "t16"."first_absence_date",
            "t16"."sickness_category",
            "t16"."employed",
            "t16"."handover_date",
            "t16"."expected_absence_weeks",
            "t16"."work_obligation",
            "t16"."municipality",
            "t16"."early_followup_request_date",
            "t16"."education_order",
            "t16"."_end",
            "t16"."_acc",
            "t16"."_switch",
            "t16"."_run",
            "t16"."_new",
            "t16"."_spell_start",
            "t29"."c1",
            "t29"."c2"
          FROM "t13" AS "t16"
          INNER JOIN "t26" AS "t29"
            ON "t16"."person_id" = "t29"."person_id" AND "t16"."benefit" = "t29"."benefit"
        ) AS "t30"
        WHERE
          "t30"."start_date" >= CAST(CAST("t30"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t30"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t31"
      GROUP BY
        1,
        2
    ) AS "t33"
      ON "t28"."person_id" = "t33"."person_id" AND "t28"."benefit" = "t33"."benefit"
  ) AS "t34"
), "t58" AS (
  SELECT
    *
  FROM (
    SELECT
      "t12"."person_id",
      "t12"."benefit",
      "t12"."start_date",
      "t12"."_end",
      "t12"."_spell_start" AS "_key",
      "t12"."_acc",
      "t12"."first_contact_date",
      "t12"."target_group",
      "t12"."first_absence_date",
      "t12"."sickness_category",
      "t12"."employed",
      "t12"."handover_date",
      "t12"."expected_absence_weeks",
      "t12"."work_obligation",
      "t12"."municipality",
      "t12"."early_followup_request_date",
      "t12"."education_order"
    FROM "t11" AS "t12"
    WHERE
      NOT (
        "t12"."_acc"
      )
  ) AS "t14"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t56"."person_id",
      "t56"."benefit",
      "t56"."start_date",
      "t56"."_end",
      "t56"."_key",
      "t56"."_acc",
      "t56"."first_contact_date",
      "t56"."target_group",
      "t56"."first_absence_date",
      "t56"."sickness_category",
      "t56"."employed",
      "t56"."handover_date",
      "t56"."expected_absence_weeks",
      "t56"."work_obligation",
      "t56"."municipality",
      "t56"."early_followup_request_date",
      "t56"."education_order"
    FROM (
      SELECT
        "t55".*
        EXCLUDE ("c1", "c2", "c3", "c4", "c5")
      FROM (
        SELECT
          "t54"."person_id",
          "t54"."benefit",
          "t54"."start_date",
          "t54"."first_contact_date",
          "t54"."target_group",
          "t54"."first_absence_date",
          "t54"."sickness_category",
          "t54"."employed",
          "t54"."handover_date",
          "t54"."expected_absence_weeks",
          "t54"."work_obligation",
          "t54"."municipality",
          "t54"."early_followup_request_date",
          "t54"."education_order",
          "t54"."_end",
          "t54"."_acc",
          "t54"."_switch",
          "t54"."_run",
          "t54"."_new",
          "t54"."_spell_start",
          "t54"."c1",
          "t54"."c2",
          "t54"."c3",
          "t54"."c4",
          "t54"."c5",
          GREATEST(
            CASE
              WHEN "t54"."c1" <= "t54"."start_date"
              THEN "t54"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t54"."c2" <= "t54"."start_date"
              THEN "t54"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t54"."c3" <= "t54"."start_date"
              THEN "t54"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t54"."c4" <= "t54"."start_date"
              THEN "t54"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t54"."c5" <= "t54"."start_date"
              THEN "t54"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key"
        FROM (
          SELECT
            "t16"."person_id",
            "t16"."benefit",
            "t16"."start_date",
            "t16"."first_contact_date",
            "t16"."target_group",
            "t16"."first_absence_date",
            "t16"."sickness_category",
            "t16"."employed",
            "t16"."handover_date",
            "t16"."expected_absence_weeks",
            "t16"."work_obligation",
            "t16"."municipality",
            "t16"."early_followup_request_date",
            "t16"."education_order",
            "t16"."_end",
            "t16"."_acc",
            "t16"."_switch",
            "t16"."_run",
            "t16"."_new",
            "t16"."_spell_start",
            "t53"."c1",
            "t53"."c2",
            "t53"."c3",
            "t53"."c4",
            "t53"."c5"
          FROM "t13" AS "t16"
          INNER JOIN (
            SELECT
              "t51".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t45"."person_id",
                "t45"."benefit",
                "t45"."c1",
                "t45"."c2",
                "t45"."c3",
                "t45"."c4",
                "t50"."person_id" AS "person_id_right",
                "t50"."benefit" AS "benefit_right",
                "t50"."c5"
              FROM (
                SELECT
                  "t43".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t37"."person_id",
                    "t37"."benefit",
                    "t37"."c1",
                    "t37"."c2",
                    "t37"."c3",
                    "t42"."person_id" AS "person_id_right",
                    "t42"."benefit" AS "benefit_right",
                    "t42"."c4"
                  FROM "t35" AS "t37"
                  LEFT OUTER JOIN (
                    SELECT
                      "t40"."person_id",
                      "t40"."benefit",
                      MIN("t40"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t16"."person_id",
                          "t16"."benefit",
                          "t16"."start_date",
                          "t16"."first_contact_date",
                          "t16"."target_group",
                          "t16"."first_absence_date",
                          "t16"."sickness_category",
                          "t16"."employed",
                          "t16"."handover_date",
                          "t16"."expected_absence_weeks",
                          "t16"."work_obligation",
                          "t16"."municipality",
                          "t16"."early_followup_request_date",
                          "t16"."education_order",
                          "t16"."_end",
                          "t16"."_acc",
                          "t16"."_switch",
                          "t16"."_run",
                          "t16"."_new",
                          "t16"."_spell_start",
                          "t38"."c1",
                          "t38"."c2",
                          "t38"."c3"
                        FROM "t13" AS "t16"
                        INNER JOIN "t35" AS "t38"
                          ON "t16"."person_id" = "t38"."person_id" AND "t16"."benefit" = "t38"."benefit"
                      ) AS "t39"
                      WHERE
                        "t39"."start_date" >= CAST(CAST("t39"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t39"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t40"
                    GROUP BY
                      1,
                      2
                  ) AS "t42"
                    ON "t37"."person_id" = "t42"."person_id" AND "t37"."benefit" = "t42"."benefit"
                ) AS "t43"
              ) AS "t45"
              LEFT OUTER JOIN (
                SELECT
                  "t48"."person_id",
                  "t48"."benefit",
                  MIN("t48"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t16"."person_id",
                      "t16"."benefit",
                      "t16"."start_date",
                      "t16"."first_contact_date",
                      "t16"."target_group",
                      "t16"."first_absence_date",
                      "t16"."sickness_category",
                      "t16"."employed",
                      "t16"."handover_date",
                      "t16"."expected_absence_weeks",
                      "t16"."work_obligation",
                      "t16"."municipality",
                      "t16"."early_followup_request_date",
                      "t16"."education_order",
                      "t16"."_end",
                      "t16"."_acc",
                      "t16"."_switch",
                      "t16"."_run",
                      "t16"."_new",
                      "t16"."_spell_start",
                      "t46"."c1",
                      "t46"."c2",
                      "t46"."c3",
                      "t46"."c4"
                    FROM "t13" AS "t16"
                    INNER JOIN (
                      SELECT
                        "t43".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t37"."person_id",
                          "t37"."benefit",
                          "t37"."c1",
                          "t37"."c2",
                          "t37"."c3",
                          "t42"."person_id" AS "person_id_right",
                          "t42"."benefit" AS "benefit_right",
                          "t42"."c4"
                        FROM "t35" AS "t37"
                        LEFT OUTER JOIN (
                          SELECT
                            "t40"."person_id",
                            "t40"."benefit",
                            MIN("t40"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t16"."person_id",
                                "t16"."benefit",
                                "t16"."start_date",
                                "t16"."first_contact_date",
                                "t16"."target_group",
                                "t16"."first_absence_date",
                                "t16"."sickness_category",
                                "t16"."employed",
                                "t16"."handover_date",
                                "t16"."expected_absence_weeks",
                                "t16"."work_obligation",
                                "t16"."municipality",
                                "t16"."early_followup_request_date",
                                "t16"."education_order",
                                "t16"."_end",
                                "t16"."_acc",
                                "t16"."_switch",
                                "t16"."_run",
                                "t16"."_new",
                                "t16"."_spell_start",
                                "t38"."c1",
                                "t38"."c2",
                                "t38"."c3"
                              FROM "t13" AS "t16"
                              INNER JOIN "t35" AS "t38"
                                ON "t16"."person_id" = "t38"."person_id" AND "t16"."benefit" = "t38"."benefit"
                            ) AS "t39"
                            WHERE
                              "t39"."start_date" >= CAST(CAST("t39"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t39"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t40"
                          GROUP BY
                            1,
                            2
                        ) AS "t42"
                          ON "t37"."person_id" = "t42"."person_id" AND "t37"."benefit" = "t42"."benefit"
                      ) AS "t43"
                    ) AS "t46"
                      ON "t16"."person_id" = "t46"."person_id" AND "t16"."benefit" = "t46"."benefit"
                  ) AS "t47"
                  WHERE
                    "t47"."start_date" >= CAST(CAST("t47"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t47"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t48"
                GROUP BY
                  1,
                  2
              ) AS "t50"
                ON "t45"."person_id" = "t50"."person_id" AND "t45"."benefit" = "t50"."benefit"
            ) AS "t51"
          ) AS "t53"
            ON "t16"."person_id" = "t53"."person_id" AND "t16"."benefit" = "t53"."benefit"
        ) AS "t54"
      ) AS "t55"
    ) AS "t56"
  ) AS "t57"
)
SELECT
  "t103"."person_id",
  "t103"."benefit",
  'interviews_6m' AS "kind",
  'interviews_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t103"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025 (mere fleksible kontaktforløb); STAR, svar på spørgsmål fra webinar 21.1.2026'
    WHEN "t103"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 3 (LBK nr. 280 af 2024)'
    WHEN "t103"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t103"."window_start",
  CASE
    WHEN COALESCE("t103"."is_applicable", FALSE)
    THEN "t103"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t103"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t103"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t103"."fulfilled_date" <= "t103"."due_date"
    )
    THEN 'met'
    WHEN "t103"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t103"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t103"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t103"."is_applicable", FALSE)
    THEN "t103"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t103"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t103"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t103"."fulfilled_date" > "t103"."due_date"
    )
    THEN DATE_DIFF('DAY', "t103"."due_date", "t103"."fulfilled_date")
    WHEN NOT (
      "t103"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t103"."is_exempt", FALSE)
    )
    AND (
      "t103"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t103"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t103"."is_applicable", FALSE)
              THEN "t103"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t103"."window_start"
          ) >= MAKE_DATE(2027, 1, 1)
          THEN [
            'dagpenge_akasse_first_interview',
            'dagpenge_akasse_interviews_3m',
            'dagpenge_interviews_6m',
            'dagpenge_plan_at_first_akasse_interview',
            'first_interview',
            'interviews_6m',
            'offer_6m',
            'plan_before_offer',
            'sick_first_followup',
            'sick_followups',
            'sick_reassessment'
          ]
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t103"."is_applicable", FALSE)
              THEN "t103"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t103"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t103"."evidence", '')
    ELSE COALESCE("t103"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t102"."person_id",
    "t102"."benefit",
    "t102"."start_date",
    "t102"."end_date",
    "t102"."first_contact_date",
    "t102"."target_group",
    "t102"."first_absence_date",
    "t102"."sickness_category",
    "t102"."employed",
    "t102"."handover_date",
    "t102"."expected_absence_weeks",
    "t102"."work_obligation",
    "t102"."municipality",
    "t102"."early_followup_request_date",
    "t102"."education_order",
    "t102"."periods",
    "t102"."window_start",
    "t102"."required",
    "t102"."required_joint",
    "t102"."in_force",
    "t102"."_end_unconfirmed",
    "t102"."due0",
    "t102"."exempt_days",
    "t102"."exempt_now",
    "t102"."exemption_note",
    "t102"."due_date",
    "t102"."nth_date",
    "t102"."counted",
    "t102"."in_window",
    "t102"."listed",
    "t102"."nth_date" AS "fulfilled_date",
    "t102"."in_force"
    AND NOT (
      (
        "t102"."end_date" IS NOT NULL
      )
      AND (
        "t102"."end_date" < "t102"."due_date"
      )
      AND (
        "t102"."nth_date" IS NULL
      )
    ) AS "is_applicable",
    "t102"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t102"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t102"."end_date" IS NOT NULL
        )
        AND (
          "t102"."end_date" < "t102"."due_date"
        )
        AND (
          "t102"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t102"."in_window", 0) AS TEXT) || ' af ' || CAST("t102"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t102"."listed" IS NOT NULL THEN ': ' || "t102"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t102"."end_date" AS TEXT)
        WHEN "t102"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t102"."in_window", 0) AS TEXT) || ' af ' || CAST("t102"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t102"."listed" IS NOT NULL THEN ': ' || "t102"."listed" ELSE '' END
        ELSE CAST(COALESCE("t102"."in_window", 0) AS TEXT) || ' af ' || CAST("t102"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t102"."listed" IS NOT NULL THEN ': ' || "t102"."listed" ELSE '' END
      END
      ELSE CASE
        WHEN (
          "t102"."end_date" IS NOT NULL
        )
        AND (
          "t102"."end_date" < "t102"."due_date"
        )
        AND (
          "t102"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t102"."in_window", 0) AS TEXT) || ' af ' || CAST("t102"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t102"."listed" IS NOT NULL THEN ': ' || "t102"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t102"."end_date" AS TEXT)
        WHEN "t102"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t102"."in_window", 0) AS TEXT) || ' af ' || CAST("t102"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t102"."listed" IS NOT NULL THEN ': ' || "t102"."listed" ELSE '' END
        ELSE CAST(COALESCE("t102"."in_window", 0) AS TEXT) || ' af ' || CAST("t102"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t102"."listed" IS NOT NULL THEN ': ' || "t102"."listed" ELSE '' END
      END || '; ' || "t102"."exemption_note"
    END AS "evidence"
  FROM (
    SELECT
      "t101".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t90"."person_id",
        "t90"."benefit",
        "t90"."start_date",
        "t90"."end_date",
        "t90"."first_contact_date",
        "t90"."target_group",
        "t90"."first_absence_date",
        "t90"."sickness_category",
        "t90"."employed",
        "t90"."handover_date",
        "t90"."expected_absence_weeks",
        "t90"."work_obligation",
        "t90"."municipality",
        "t90"."early_followup_request_date",
        "t90"."education_order",
        "t90"."periods",
        "t90"."window_start",
        "t90"."required",
        "t90"."required_joint",
        "t90"."in_force",
        "t90"."_end_unconfirmed",
        "t90"."due0",
        "t90"."exempt_days",
        "t90"."exempt_now",
        "t90"."exemption_note",
        "t90"."due_date",
        "t100"."person_id" AS "person_id_right",
        "t100"."benefit" AS "benefit_right",
        "t100"."start_date" AS "start_date_right",
        "t100"."nth_date",
        "t100"."counted",
        "t100"."in_window",
        "t100"."listed"
      FROM (
        SELECT
          "t84"."person_id",
          "t84"."benefit",
          "t84"."start_date",
          "t84"."end_date",
          "t84"."first_contact_date",
          "t84"."target_group",
          "t84"."first_absence_date",
          "t84"."sickness_category",
          "t84"."employed",
          "t84"."handover_date",
          "t84"."expected_absence_weeks",
          "t84"."work_obligation",
          "t84"."municipality",
          "t84"."early_followup_request_date",
          "t84"."education_order",
          "t84"."periods",
          "t84"."window_start",
          "t84"."required",
          "t84"."required_joint",
          "t84"."in_force",
          "t84"."_end_unconfirmed",
          "t84"."due0",
          COALESCE("t84"."exempt_days", 0) AS "exempt_days",
          COALESCE("t84"."exempt_now", FALSE) AS "exempt_now",
          COALESCE("t84"."exemption_note", '') AS "exemption_note",
          CAST(CAST("t84"."due0" + TO_DAYS(
            CASE
              WHEN COALESCE(
                CASE
                  WHEN "t84"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN COALESCE("t84"."exempt_days", 0)
              ELSE 0
            END
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t83".*
            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
          FROM (
            SELECT
              "t77"."person_id",
              "t77"."benefit",
              "t77"."start_date",
              "t77"."end_date",
              "t77"."first_contact_date",
              "t77"."target_group",
              "t77"."first_absence_date",
              "t77"."sickness_category",
              "t77"."employed",
              "t77"."handover_date",
              "t77"."expected_absence_weeks",
              "t77"."work_obligation",
              "t77"."municipality",
              "t77"."early_followup_request_date",
              "t77"."education_order",
              "t77"."periods",
              "t77"."window_start",
              "t77"."required",
              "t77"."required_joint",
              "t77"."in_force",
              "t77"."_end_unconfirmed",
              "t77"."due0",
              "t82"."person_id" AS "person_id_right",
              "t82"."benefit" AS "benefit_right",
              "t82"."start_date" AS "start_date_right",
              "t82"."exempt_days",
              "t82"."exempt_now",
              "t82"."exemption_note"
            FROM (
              SELECT
                "t75".*
                EXCLUDE ("_point")
              FROM (
                SELECT
                  "t74"."person_id",
                  "t74"."benefit",
                  "t74"."start_date",
                  "t74"."end_date",
                  "t74"."first_contact_date",
                  "t74"."target_group",
                  "t74"."first_absence_date",
                  "t74"."sickness_category",
                  "t74"."employed",
                  "t74"."handover_date",
                  "t74"."expected_absence_weeks",
                  "t74"."work_obligation",
                  "t74"."municipality",
                  "t74"."early_followup_request_date",
                  "t74"."education_order",
                  "t74"."periods",
                  "t74"."window_start",
                  "t74"."required",
                  "t74"."required_joint",
                  "t74"."in_force",
                  "t74"."_end_unconfirmed",
                  "t74"."_point",
                  CAST(CAST("t74"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t73".*
                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                  FROM (
                    SELECT
                      "t72"."person_id",
                      "t72"."benefit",
                      "t72"."start_date",
                      "t72"."end_date",
                      "t72"."first_contact_date",
                      "t72"."target_group",
                      "t72"."first_absence_date",
                      "t72"."sickness_category",
                      "t72"."employed",
                      "t72"."handover_date",
                      "t72"."expected_absence_weeks",
                      "t72"."work_obligation",
                      "t72"."municipality",
                      "t72"."early_followup_request_date",
                      "t72"."education_order",
                      "t72"."periods",
                      "t72"."window_start",
                      "t72"."required",
                      "t72"."required_joint",
                      "t72"."in_force",
                      "t72"."_end_unconfirmed",
                      "t72"."_plain",
                      "t72"."_needed",
                      "t72"."_ipid",
                      "t72"."_ibenefit",
                      "t72"."_istart",
                      "t72"."_i_start",
                      "t72"."_i_end",
                      "t72"."_cum",
                      CASE
                        WHEN "t72"."_i_start" IS NOT NULL
                        THEN CAST(CAST("t72"."_i_start" + TO_DAYS(CAST("t72"."_needed" - "t72"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                        ELSE "t72"."_plain"
                      END AS "_point"
                    FROM (
                      SELECT
                        "t67"."person_id",
                        "t67"."benefit",
                        "t67"."start_date",
                        "t67"."end_date",
                        "t67"."first_contact_date",
                        "t67"."target_group",
                        "t67"."first_absence_date",
                        "t67"."sickness_category",
                        "t67"."employed",
                        "t67"."handover_date",
                        "t67"."expected_absence_weeks",
                        "t67"."work_obligation",
                        "t67"."municipality",
                        "t67"."early_followup_request_date",
                        "t67"."education_order",
                        "t67"."periods",
                        "t67"."window_start",
                        "t67"."required",
                        "t67"."required_joint",
                        "t67"."in_force",
                        "t67"."_end_unconfirmed",
                        "t67"."_plain",
                        "t67"."_needed",
                        "t71"."_ipid",
                        "t71"."_ibenefit",
                        "t71"."_istart",
                        "t71"."_i_start",
                        "t71"."_i_end",
                        "t71"."_cum"
                      FROM (
                        SELECT
                          "t62"."person_id",
                          "t62"."benefit",
                          "t62"."start_date",
                          "t62"."end_date",
                          "t62"."first_contact_date",
                          "t62"."target_group",
                          "t62"."first_absence_date",
                          "t62"."sickness_category",
                          "t62"."employed",
                          "t62"."handover_date",
                          "t62"."expected_absence_weeks",
                          "t62"."work_obligation",
                          "t62"."municipality",
                          "t62"."early_followup_request_date",
                          "t62"."education_order",
                          "t62"."periods",
                          "t62"."window_start",
                          COALESCE(
                            CASE
                              WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                              THEN 4
                              WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) + COALESCE(0, 0) AS "required",
                          CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                          (
                            CASE
                              WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                              THEN 4
                              WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND (
                            CASE
                              WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN [
                                  'kontanthjaelp',
                                  'uddannelseshjaelp',
                                  'jobafklaring',
                                  'ressourceforloeb',
                                  'ledighedsydelse',
                                  'revalidering'
                                ]
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t62"."benefit"
                            ),
                            FALSE
                          ) AS "in_force",
                          COALESCE(
                            (
                              CASE
                                WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                THEN 4
                                WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 4
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN [
                                    'kontanthjaelp:aktivitetsparat',
                                    'kontanthjaelp:uddannelsesparat',
                                    'uddannelseshjaelp:aktivitetsparat',
                                    'uddannelseshjaelp:uddannelsesparat',
                                    'jobafklaring',
                                    'ressourceforloeb',
                                    'revalidering'
                                  ]
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t62"."benefit"
                              )
                              OR ARRAY_CONTAINS(
                                CASE
                                  WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN [
                                    'kontanthjaelp:aktivitetsparat',
                                    'kontanthjaelp:uddannelsesparat',
                                    'uddannelseshjaelp:aktivitetsparat',
                                    'uddannelseshjaelp:uddannelsesparat',
                                    'jobafklaring',
                                    'ressourceforloeb',
                                    'revalidering'
                                  ]
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t62"."benefit" || ':' || COALESCE("t62"."target_group", '')
                              ),
                              FALSE
                            ),
                            FALSE
                          ) AS "_end_unconfirmed",
                          CAST(CAST("t62"."window_start" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                          DATE_DIFF(
                            'DAY',
                            "t62"."window_start",
                            CAST(CAST("t62"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                          ) AS "_needed"
                        FROM (
                          SELECT
                            "t61"."person_id",
                            "t61"."benefit",
                            "t61"."_key" AS "start_date",
                            CASE
                              WHEN "t61"."_end" = MAKE_DATE(9999, 12, 31)
                              THEN CAST(NULL AS DATE)
                              ELSE "t61"."_end"
                            END AS "end_date",
                            "t61"."first_contact_date",
                            "t61"."target_group",
                            "t61"."first_absence_date",
                            "t61"."sickness_category",
                            "t61"."employed",
                            "t61"."handover_date",
                            "t61"."expected_absence_weeks",
                            "t61"."work_obligation",
                            "t61"."municipality",
                            "t61"."early_followup_request_date",
                            "t61"."education_order",
                            "t61"."periods",
                            CASE
                              WHEN COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t61"."_key" >= MAKE_DATE(2020, 1, 1)
                                    THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t61"."benefit"
                                ),
                                FALSE
                              )
                              THEN COALESCE("t61"."first_contact_date", "t61"."_key")
                              ELSE "t61"."_key"
                            END AS "window_start"
                          FROM (
                            SELECT
                              "t59"."person_id",
                              "t59"."benefit",
                              "t59"."_key",
                              MAX("t59"."_end") AS "_end",
                              COUNT(*) AS "periods",
                              FIRST("t59"."first_contact_date" ORDER BY "t59"."start_date") AS "first_contact_date",
                              FIRST("t59"."target_group" ORDER BY "t59"."start_date") AS "target_group",
                              FIRST("t59"."first_absence_date" ORDER BY "t59"."start_date") AS "first_absence_date",
                              FIRST("t59"."sickness_category" ORDER BY "t59"."start_date") AS "sickness_category",
                              FIRST("t59"."employed" ORDER BY "t59"."start_date") AS "employed",
                              FIRST("t59"."handover_date" ORDER BY "t59"."start_date") AS "handover_date",
                              FIRST("t59"."expected_absence_weeks" ORDER BY "t59"."start_date") AS "expected_absence_weeks",
                              FIRST("t59"."work_obligation" ORDER BY "t59"."start_date") AS "work_obligation",
                              FIRST("t59"."municipality" ORDER BY "t59"."start_date") AS "municipality",
                              MIN("t59"."early_followup_request_date") AS "early_followup_request_date",
                              BOOL_OR(CAST(COALESCE("t59"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                            FROM "t58" AS "t59"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t61"
                          WHERE
                            "t61"."benefit" IN (
                              'jobafklaring',
                              'kontanthjaelp',
                              'ledighedsydelse',
                              'ressourceforloeb',
                              'revalidering',
                              'uddannelseshjaelp'
                            )
                        ) AS "t62"
                      ) AS "t67"
                      LEFT OUTER JOIN (
                        SELECT
                          "t69"."person_id" AS "_ipid",
                          "t69"."benefit" AS "_ibenefit",
                          "t69"."start_date" AS "_istart",
                          "t69"."i_start" AS "_i_start",
                          "t69"."i_end" AS "_i_end",
                          "t69"."cum_before" AS "_cum"
                        FROM (
                          SELECT
                            "t68"."person_id",
                            "t68"."benefit",
                            "t68"."_key" AS "start_date",
                            "t68"."i_start",
                            "t68"."i_end",
                            CAST(COALESCE(
                              SUM("t68"."_len") OVER (
                                PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                ORDER BY "t68"."i_start" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                              ),
                              0
                            ) AS INT) AS "cum_before"
                          FROM (
                            SELECT
                              "t65"."person_id",
                              "t65"."benefit",
                              "t65"."_key",
                              "t65"."_island",
                              "t65"."i_start",
                              "t65"."i_end",
                              CASE
                                WHEN "t65"."i_end" = MAKE_DATE(9999, 12, 31)
                                THEN 0
                                ELSE DATE_DIFF('DAY', "t65"."i_start", "t65"."i_end") + 1
                              END AS "_len"
                            FROM (
                              SELECT
                                "t64"."person_id",
                                "t64"."benefit",
                                "t64"."_key",
                                "t64"."_island",
                                MIN("t64"."start_date") AS "i_start",
                                MAX("t64"."_end") AS "i_end"
                              FROM (
                                SELECT
                                  "t63"."person_id",
                                  "t63"."benefit",
                                  "t63"."start_date",
                                  "t63"."_end",
                                  "t63"."_key",
                                  "t63"."_acc",
                                  "t63"."first_contact_date",
                                  "t63"."target_group",
                                  "t63"."first_absence_date",
                                  "t63"."sickness_category",
                                  "t63"."employed",
                                  "t63"."handover_date",
                                  "t63"."expected_absence_weeks",
                                  "t63"."work_obligation",
                                  "t63"."municipality",
                                  "t63"."early_followup_request_date",
                                  "t63"."education_order",
                                  "t63"."_new",
                                  SUM("t63"."_new") OVER (
                                    PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                    ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS "_island"
                                FROM (
                                  SELECT
                                    "t60"."person_id",
                                    "t60"."benefit",
                                    "t60"."start_date",
                                    "t60"."_end",
                                    "t60"."_key",
                                    "t60"."_acc",
                                    "t60"."first_contact_date",
                                    "t60"."target_group",
                                    "t60"."first_absence_date",
                                    "t60"."sickness_category",
                                    "t60"."employed",
                                    "t60"."handover_date",
                                    "t60"."expected_absence_weeks",
                                    "t60"."work_obligation",
                                    "t60"."municipality",
                                    "t60"."early_followup_request_date",
                                    "t60"."education_order",
                                    CASE
                                      WHEN MAX("t60"."_end") OVER (
                                        PARTITION BY "t60"."person_id", "t60"."benefit", "t60"."_key"
                                        ORDER BY "t60"."start_date" ASC, "t60"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) IS NULL
                                      THEN 1
                                      WHEN "t60"."start_date" > CAST(CAST(MAX("t60"."_end") OVER (
                                        PARTITION BY "t60"."person_id", "t60"."benefit", "t60"."_key"
                                        ORDER BY "t60"."start_date" ASC, "t60"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                      THEN 1
                                      ELSE 0
                                    END AS "_new"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "t58" AS "t59"
                                    WHERE
                                      "t59"."_acc"
                                  ) AS "t60"
                                ) AS "t63"
                              ) AS "t64"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t65"
                          ) AS "t68"
                        ) AS "t69"
                      ) AS "t71"
                        ON "t67"."person_id" = "t71"."_ipid"
                        AND "t67"."benefit" = "t71"."_ibenefit"
                        AND "t67"."start_date" = "t71"."_istart"
                        AND "t71"."_cum" < "t67"."_needed"
                        AND (
                          (
                            "t71"."_i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t71"."_cum" + DATE_DIFF('DAY', "t71"."_i_start", "t71"."_i_end") + 1
                            ) >= "t67"."_needed"
                          )
                        )
                    ) AS "t72"
                  ) AS "t73"
                ) AS "t74"
              ) AS "t75"
            ) AS "t77"
            LEFT OUTER JOIN (
              SELECT
                "t80"."person_id",
                "t80"."benefit",
                "t80"."start_date",
                CAST(SUM(
                  DATE_DIFF(
                    'DAY',
                    GREATEST("t80"."_ex_start", "t80"."_from"),
                    LEAST("t80"."_ex_end", "t80"."_to")
                  ) + 1
                ) AS INT) AS "exempt_days",
                BOOL_OR(
                  CAST((
                    "t80"."_ex_start" <= CAST($as_of AS DATE)
                  )
                  AND (
                    "t80"."_ex_end" >= CAST($as_of AS DATE)
                  ) AS BOOLEAN)
                ) AS "exempt_now",
                LISTAGG(
                  
                    'fritaget ' || CAST("t80"."_ex_start" AS TEXT) || '–' || CAST("t80"."_ex_end" AS TEXT) || ' (' || "t80"."_ex_reason" || ')',
                    ', ' ORDER BY "t80"."_ex_start" ASC
                  
                ) AS "exemption_note"
              FROM (
                SELECT
                  "t79"."person_id",
                  "t79"."benefit",
                  "t79"."start_date",
                  "t79"."_from",
                  "t79"."_to",
                  "t5"."_pid",
                  "t5"."_ex_start",
                  "t5"."_ex_end",
                  "t5"."_ex_reason"
                FROM (
                  SELECT
                    "t76"."person_id",
                    "t76"."benefit",
                    "t76"."start_date",
                    "t76"."window_start" AS "_from",
                    "t76"."due0" AS "_to"
                  FROM (
                    SELECT
                      "t75".*
                      EXCLUDE ("_point")
                    FROM (
                      SELECT
                        "t74"."person_id",
                        "t74"."benefit",
                        "t74"."start_date",
                        "t74"."end_date",
                        "t74"."first_contact_date",
                        "t74"."target_group",
                        "t74"."first_absence_date",
                        "t74"."sickness_category",
                        "t74"."employed",
                        "t74"."handover_date",
                        "t74"."expected_absence_weeks",
                        "t74"."work_obligation",
                        "t74"."municipality",
                        "t74"."early_followup_request_date",
                        "t74"."education_order",
                        "t74"."periods",
                        "t74"."window_start",
                        "t74"."required",
                        "t74"."required_joint",
                        "t74"."in_force",
                        "t74"."_end_unconfirmed",
                        "t74"."_point",
                        CAST(CAST("t74"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t73".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                        FROM (
                          SELECT
                            "t72"."person_id",
                            "t72"."benefit",
                            "t72"."start_date",
                            "t72"."end_date",
                            "t72"."first_contact_date",
                            "t72"."target_group",
                            "t72"."first_absence_date",
                            "t72"."sickness_category",
                            "t72"."employed",
                            "t72"."handover_date",
                            "t72"."expected_absence_weeks",
                            "t72"."work_obligation",
                            "t72"."municipality",
                            "t72"."early_followup_request_date",
                            "t72"."education_order",
                            "t72"."periods",
                            "t72"."window_start",
                            "t72"."required",
                            "t72"."required_joint",
                            "t72"."in_force",
                            "t72"."_end_unconfirmed",
                            "t72"."_plain",
                            "t72"."_needed",
                            "t72"."_ipid",
                            "t72"."_ibenefit",
                            "t72"."_istart",
                            "t72"."_i_start",
                            "t72"."_i_end",
                            "t72"."_cum",
                            CASE
                              WHEN "t72"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t72"."_i_start" + TO_DAYS(CAST("t72"."_needed" - "t72"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t72"."_plain"
                            END AS "_point"
                          FROM (
                            SELECT
                              "t67"."person_id",
                              "t67"."benefit",
                              "t67"."start_date",
                              "t67"."end_date",
                              "t67"."first_contact_date",
                              "t67"."target_group",
                              "t67"."first_absence_date",
                              "t67"."sickness_category",
                              "t67"."employed",
                              "t67"."handover_date",
                              "t67"."expected_absence_weeks",
                              "t67"."work_obligation",
                              "t67"."municipality",
                              "t67"."early_followup_request_date",
                              "t67"."education_order",
                              "t67"."periods",
                              "t67"."window_start",
                              "t67"."required",
                              "t67"."required_joint",
                              "t67"."in_force",
                              "t67"."_end_unconfirmed",
                              "t67"."_plain",
                              "t67"."_needed",
                              "t71"."_ipid",
                              "t71"."_ibenefit",
                              "t71"."_istart",
                              "t71"."_i_start",
                              "t71"."_i_end",
                              "t71"."_cum"
                            FROM (
                              SELECT
                                "t62"."person_id",
                                "t62"."benefit",
                                "t62"."start_date",
                                "t62"."end_date",
                                "t62"."first_contact_date",
                                "t62"."target_group",
                                "t62"."first_absence_date",
                                "t62"."sickness_category",
                                "t62"."employed",
                                "t62"."handover_date",
                                "t62"."expected_absence_weeks",
                                "t62"."work_obligation",
                                "t62"."municipality",
                                "t62"."early_followup_request_date",
                                "t62"."education_order",
                                "t62"."periods",
                                "t62"."window_start",
                                COALESCE(
                                  CASE
                                    WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 4
                                    WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) + COALESCE(0, 0) AS "required",
                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                (
                                  CASE
                                    WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 4
                                    WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND (
                                  CASE
                                    WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN [
                                        'kontanthjaelp',
                                        'uddannelseshjaelp',
                                        'jobafklaring',
                                        'ressourceforloeb',
                                        'ledighedsydelse',
                                        'revalidering'
                                      ]
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t62"."benefit"
                                  ),
                                  FALSE
                                ) AS "in_force",
                                COALESCE(
                                  (
                                    CASE
                                      WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 4
                                      WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 4
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                        THEN [
                                          'kontanthjaelp:aktivitetsparat',
                                          'kontanthjaelp:uddannelsesparat',
                                          'uddannelseshjaelp:aktivitetsparat',
                                          'uddannelseshjaelp:uddannelsesparat',
                                          'jobafklaring',
                                          'ressourceforloeb',
                                          'revalidering'
                                        ]
                                        ELSE CAST(NULL AS TEXT[])
                                      END,
                                      "t62"."benefit"
                                    )
                                    OR ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                        THEN [
                                          'kontanthjaelp:aktivitetsparat',
                                          'kontanthjaelp:uddannelsesparat',
                                          'uddannelseshjaelp:aktivitetsparat',
                                          'uddannelseshjaelp:uddannelsesparat',
                                          'jobafklaring',
                                          'ressourceforloeb',
                                          'revalidering'
                                        ]
                                        ELSE CAST(NULL AS TEXT[])
                                      END,
                                      "t62"."benefit" || ':' || COALESCE("t62"."target_group", '')
                                    ),
                                    FALSE
                                  ),
                                  FALSE
                                ) AS "_end_unconfirmed",
                                CAST(CAST("t62"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t62"."window_start",
                                  CAST(CAST("t62"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
                              FROM (
                                SELECT
                                  "t61"."person_id",
                                  "t61"."benefit",
                                  "t61"."_key" AS "start_date",
                                  CASE
                                    WHEN "t61"."_end" = MAKE_DATE(9999, 12, 31)
                                    THEN CAST(NULL AS DATE)
                                    ELSE "t61"."_end"
                                  END AS "end_date",
                                  "t61"."first_contact_date",
                                  "t61"."target_group",
                                  "t61"."first_absence_date",
                                  "t61"."sickness_category",
                                  "t61"."employed",
                                  "t61"."handover_date",
                                  "t61"."expected_absence_weeks",
                                  "t61"."work_obligation",
                                  "t61"."municipality",
                                  "t61"."early_followup_request_date",
                                  "t61"."education_order",
                                  "t61"."periods",
                                  CASE
                                    WHEN COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t61"."_key" >= MAKE_DATE(2020, 1, 1)
                                          THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t61"."benefit"
                                      ),
                                      FALSE
                                    )
                                    THEN COALESCE("t61"."first_contact_date", "t61"."_key")
                                    ELSE "t61"."_key"
                                  END AS "window_start"
                                FROM (
                                  SELECT
                                    "t59"."person_id",
                                    "t59"."benefit",
                                    "t59"."_key",
                                    MAX("t59"."_end") AS "_end",
                                    COUNT(*) AS "periods",
                                    FIRST("t59"."first_contact_date" ORDER BY "t59"."start_date") AS "first_contact_date",
                                    FIRST("t59"."target_group" ORDER BY "t59"."start_date") AS "target_group",
                                    FIRST("t59"."first_absence_date" ORDER BY "t59"."start_date") AS "first_absence_date",
                                    FIRST("t59"."sickness_category" ORDER BY "t59"."start_date") AS "sickness_category",
                                    FIRST("t59"."employed" ORDER BY "t59"."start_date") AS "employed",
                                    FIRST("t59"."handover_date" ORDER BY "t59"."start_date") AS "handover_date",
                                    FIRST("t59"."expected_absence_weeks" ORDER BY "t59"."start_date") AS "expected_absence_weeks",
                                    FIRST("t59"."work_obligation" ORDER BY "t59"."start_date") AS "work_obligation",
                                    FIRST("t59"."municipality" ORDER BY "t59"."start_date") AS "municipality",
                                    MIN("t59"."early_followup_request_date") AS "early_followup_request_date",
                                    BOOL_OR(CAST(COALESCE("t59"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                  FROM "t58" AS "t59"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t61"
                                WHERE
                                  "t61"."benefit" IN (
                                    'jobafklaring',
                                    'kontanthjaelp',
                                    'ledighedsydelse',
                                    'ressourceforloeb',
                                    'revalidering',
                                    'uddannelseshjaelp'
                                  )
                              ) AS "t62"
                            ) AS "t67"
                            LEFT OUTER JOIN (
                              SELECT
                                "t69"."person_id" AS "_ipid",
                                "t69"."benefit" AS "_ibenefit",
                                "t69"."start_date" AS "_istart",
                                "t69"."i_start" AS "_i_start",
                                "t69"."i_end" AS "_i_end",
                                "t69"."cum_before" AS "_cum"
                              FROM (
                                SELECT
                                  "t68"."person_id",
                                  "t68"."benefit",
                                  "t68"."_key" AS "start_date",
                                  "t68"."i_start",
                                  "t68"."i_end",
                                  CAST(COALESCE(
                                    SUM("t68"."_len") OVER (
                                      PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                      ORDER BY "t68"."i_start" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                    ),
                                    0
                                  ) AS INT) AS "cum_before"
                                FROM (
                                  SELECT
                                    "t65"."person_id",
                                    "t65"."benefit",
                                    "t65"."_key",
                                    "t65"."_island",
                                    "t65"."i_start",
                                    "t65"."i_end",
                                    CASE
                                      WHEN "t65"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t65"."i_start", "t65"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t64"."person_id",
                                      "t64"."benefit",
                                      "t64"."_key",
                                      "t64"."_island",
                                      MIN("t64"."start_date") AS "i_start",
                                      MAX("t64"."_end") AS "i_end"
                                    FROM (
                                      SELECT
                                        "t63"."person_id",
                                        "t63"."benefit",
                                        "t63"."start_date",
                                        "t63"."_end",
                                        "t63"."_key",
                                        "t63"."_acc",
                                        "t63"."first_contact_date",
                                        "t63"."target_group",
                                        "t63"."first_absence_date",
                                        "t63"."sickness_category",
                                        "t63"."employed",
                                        "t63"."handover_date",
                                        "t63"."expected_absence_weeks",
                                        "t63"."work_obligation",
                                        "t63"."municipality",
                                        "t63"."early_followup_request_date",
                                        "t63"."education_order",
                                        "t63"."_new",
                                        SUM("t63"."_new") OVER (
                                          PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                          ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "_island"
                                      FROM (
                                        SELECT
                                          "t60"."person_id",
                                          "t60"."benefit",
                                          "t60"."start_date",
                                          "t60"."_end",
                                          "t60"."_key",
                                          "t60"."_acc",
                                          "t60"."first_contact_date",
                                          "t60"."target_group",
                                          "t60"."first_absence_date",
                                          "t60"."sickness_category",
                                          "t60"."employed",
                                          "t60"."handover_date",
                                          "t60"."expected_absence_weeks",
                                          "t60"."work_obligation",
                                          "t60"."municipality",
                                          "t60"."early_followup_request_date",
                                          "t60"."education_order",
                                          CASE
                                            WHEN MAX("t60"."_end") OVER (
                                              PARTITION BY "t60"."person_id", "t60"."benefit", "t60"."_key"
                                              ORDER BY "t60"."start_date" ASC, "t60"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) IS NULL
                                            THEN 1
                                            WHEN "t60"."start_date" > CAST(CAST(MAX("t60"."_end") OVER (
                                              PARTITION BY "t60"."person_id", "t60"."benefit", "t60"."_key"
                                              ORDER BY "t60"."start_date" ASC, "t60"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                            THEN 1
                                            ELSE 0
                                          END AS "_new"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "t58" AS "t59"
                                          WHERE
                                            "t59"."_acc"
                                        ) AS "t60"
                                      ) AS "t63"
                                    ) AS "t64"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t65"
                                ) AS "t68"
                              ) AS "t69"
                            ) AS "t71"
                              ON "t67"."person_id" = "t71"."_ipid"
                              AND "t67"."benefit" = "t71"."_ibenefit"
                              AND "t67"."start_date" = "t71"."_istart"
                              AND "t71"."_cum" < "t67"."_needed"
                              AND (
                                (
                                  "t71"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t71"."_cum" + DATE_DIFF('DAY', "t71"."_i_start", "t71"."_i_end") + 1
                                  ) >= "t67"."_needed"
                                )
                              )
                          ) AS "t72"
                        ) AS "t73"
                      ) AS "t74"
                    ) AS "t75"
                  ) AS "t76"
                ) AS "t79"
                INNER JOIN (
                  SELECT
                    "t0"."person_id" AS "_pid",
                    "t0"."start_date" AS "_ex_start",
                    "t0"."end_date" AS "_ex_end",
                    "t0"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t0"
                  WHERE
                    "t0"."start_date" <= CAST($as_of AS DATE)
                ) AS "t5"
                  ON "t79"."person_id" = "t5"."_pid"
                  AND "t5"."_ex_start" <= "t79"."_to"
                  AND "t5"."_ex_end" >= "t79"."_from"
              ) AS "t80"
              GROUP BY
                1,
                2,
                3
            ) AS "t82"
              ON "t77"."person_id" = "t82"."person_id"
              AND "t77"."benefit" = "t82"."benefit"
              AND "t77"."start_date" = "t82"."start_date"
          ) AS "t83"
        ) AS "t84"
      ) AS "t90"
      LEFT OUTER JOIN (
        SELECT
          "t98".*
          EXCLUDE ("_need")
        FROM (
          SELECT
            "t97"."person_id",
            "t97"."benefit",
            "t97"."start_date",
            CASE
              WHEN "t97"."counted" >= "t97"."_need"
              THEN "t97"."nth_date"
              ELSE CAST(NULL AS DATE)
            END AS "nth_date",
            "t97"."counted",
            "t97"."in_window",
            "t97"."listed",
            "t97"."_need"
          FROM (
            SELECT
              "t96"."person_id",
              "t96"."benefit",
              "t96"."start_date",
              MAX("t96"."date") AS "nth_date",
              COUNT(*) AS "counted",
              SUM(CAST("t96"."date" <= "t96"."_due" AS INT)) AS "in_window",
              LISTAGG("t96"."description", ', ' ORDER BY "t96"."date" ASC) AS "listed",
              MAX("t96"."_n") AS "_need"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t94"."person_id",
                  "t94"."benefit",
                  "t94"."start_date",
                  "t94"."date",
                  "t94"."description",
                  "t94"."_n",
                  "t94"."_due",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t94"."person_id", "t94"."benefit", "t94"."start_date"
                    ORDER BY "t94"."date" ASC, "t94"."description" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "_rank"
                FROM (
                  SELECT
                    "t93"."person_id",
                    "t93"."benefit",
                    "t93"."start_date",
                    "t93"."date",
                    "t93"."description",
                    "t91"."_n",
                    "t91"."_due"
                  FROM (
                    SELECT
                      "t87"."person_id",
                      "t87"."benefit",
                      "t87"."start_date",
                      "t87"."date",
                      "t87"."kind" || ' ' || CAST("t87"."date" AS TEXT) || ' (' || "t87"."form" || ', ' || "t87"."held_by" || ')' AS "description"
                    FROM (
                      SELECT
                        "t86"."person_id",
                        "t86"."benefit",
                        "t86"."start_date",
                        "t86"."window_start",
                        "t86"."_first",
                        "t86"."_last",
                        "t6"."person_id" AS "person_id_right",
                        "t6"."date",
                        "t6"."kind",
                        "t6"."form",
                        "t6"."held_by",
                        "t6"."status",
                        "t6"."individual",
                        "t6"."caseworker_id",
                        "t6"."purpose"
                      FROM (
                        SELECT
                          "t84"."person_id",
                          "t84"."benefit",
                          "t84"."start_date",
                          "t84"."window_start",
                          "t84"."window_start" AS "_first",
                          COALESCE("t84"."end_date", CAST($as_of AS DATE)) AS "_last"
                        FROM (
                          SELECT
                            "t83".*
                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                          FROM (
                            SELECT
                              "t77"."person_id",
                              "t77"."benefit",
                              "t77"."start_date",
                              "t77"."end_date",
                              "t77"."first_contact_date",
                              "t77"."target_group",
                              "t77"."first_absence_date",
                              "t77"."sickness_category",
                              "t77"."employed",
                              "t77"."handover_date",
                              "t77"."expected_absence_weeks",
                              "t77"."work_obligation",
                              "t77"."municipality",
                              "t77"."early_followup_request_date",
                              "t77"."education_order",
                              "t77"."periods",
                              "t77"."window_start",
                              "t77"."required",
                              "t77"."required_joint",
                              "t77"."in_force",
                              "t77"."_end_unconfirmed",
                              "t77"."due0",
                              "t82"."person_id" AS "person_id_right",
                              "t82"."benefit" AS "benefit_right",
                              "t82"."start_date" AS "start_date_right",
                              "t82"."exempt_days",
                              "t82"."exempt_now",
                              "t82"."exemption_note"
                            FROM (
                              SELECT
                                "t75".*
                                EXCLUDE ("_point")
                              FROM (
                                SELECT
                                  "t74"."person_id",
                                  "t74"."benefit",
                                  "t74"."start_date",
                                  "t74"."end_date",
                                  "t74"."first_contact_date",
                                  "t74"."target_group",
                                  "t74"."first_absence_date",
                                  "t74"."sickness_category",
                                  "t74"."employed",
                                  "t74"."handover_date",
                                  "t74"."expected_absence_weeks",
                                  "t74"."work_obligation",
                                  "t74"."municipality",
                                  "t74"."early_followup_request_date",
                                  "t74"."education_order",
                                  "t74"."periods",
                                  "t74"."window_start",
                                  "t74"."required",
                                  "t74"."required_joint",
                                  "t74"."in_force",
                                  "t74"."_end_unconfirmed",
                                  "t74"."_point",
                                  CAST(CAST("t74"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM (
                                  SELECT
                                    "t73".*
                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                  FROM (
                                    SELECT
                                      "t72"."person_id",
                                      "t72"."benefit",
                                      "t72"."start_date",
                                      "t72"."end_date",
                                      "t72"."first_contact_date",
                                      "t72"."target_group",
                                      "t72"."first_absence_date",
                                      "t72"."sickness_category",
                                      "t72"."employed",
                                      "t72"."handover_date",
                                      "t72"."expected_absence_weeks",
                                      "t72"."work_obligation",
                                      "t72"."municipality",
                                      "t72"."early_followup_request_date",
                                      "t72"."education_order",
                                      "t72"."periods",
                                      "t72"."window_start",
                                      "t72"."required",
                                      "t72"."required_joint",
                                      "t72"."in_force",
                                      "t72"."_end_unconfirmed",
                                      "t72"."_plain",
                                      "t72"."_needed",
                                      "t72"."_ipid",
                                      "t72"."_ibenefit",
                                      "t72"."_istart",
                                      "t72"."_i_start",
                                      "t72"."_i_end",
                                      "t72"."_cum",
                                      CASE
                                        WHEN "t72"."_i_start" IS NOT NULL
                                        THEN CAST(CAST("t72"."_i_start" + TO_DAYS(CAST("t72"."_needed" - "t72"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                        ELSE "t72"."_plain"
                                      END AS "_point"
                                    FROM (
                                      SELECT
                                        "t67"."person_id",
                                        "t67"."benefit",
                                        "t67"."start_date",
                                        "t67"."end_date",
                                        "t67"."first_contact_date",
                                        "t67"."target_group",
                                        "t67"."first_absence_date",
                                        "t67"."sickness_category",
                                        "t67"."employed",
                                        "t67"."handover_date",
                                        "t67"."expected_absence_weeks",
                                        "t67"."work_obligation",
                                        "t67"."municipality",
                                        "t67"."early_followup_request_date",
                                        "t67"."education_order",
                                        "t67"."periods",
                                        "t67"."window_start",
                                        "t67"."required",
                                        "t67"."required_joint",
                                        "t67"."in_force",
                                        "t67"."_end_unconfirmed",
                                        "t67"."_plain",
                                        "t67"."_needed",
                                        "t71"."_ipid",
                                        "t71"."_ibenefit",
                                        "t71"."_istart",
                                        "t71"."_i_start",
                                        "t71"."_i_end",
                                        "t71"."_cum"
                                      FROM (
                                        SELECT
                                          "t62"."person_id",
                                          "t62"."benefit",
                                          "t62"."start_date",
                                          "t62"."end_date",
                                          "t62"."first_contact_date",
                                          "t62"."target_group",
                                          "t62"."first_absence_date",
                                          "t62"."sickness_category",
                                          "t62"."employed",
                                          "t62"."handover_date",
                                          "t62"."expected_absence_weeks",
                                          "t62"."work_obligation",
                                          "t62"."municipality",
                                          "t62"."early_followup_request_date",
                                          "t62"."education_order",
                                          "t62"."periods",
                                          "t62"."window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                              THEN 4
                                              WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(0, 0) AS "required",
                                          CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                              THEN 4
                                              WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE
                                              WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN [
                                                  'kontanthjaelp',
                                                  'uddannelseshjaelp',
                                                  'jobafklaring',
                                                  'ressourceforloeb',
                                                  'ledighedsydelse',
                                                  'revalidering'
                                                ]
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              "t62"."benefit"
                                            ),
                                            FALSE
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                THEN 4
                                                WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                  THEN [
                                                    'kontanthjaelp:aktivitetsparat',
                                                    'kontanthjaelp:uddannelsesparat',
                                                    'uddannelseshjaelp:aktivitetsparat',
                                                    'uddannelseshjaelp:uddannelsesparat',
                                                    'jobafklaring',
                                                    'ressourceforloeb',
                                                    'revalidering'
                                                  ]
                                                  ELSE CAST(NULL AS TEXT[])
                                                END,
                                                "t62"."benefit"
                                              )
                                              OR ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                  THEN [
                                                    'kontanthjaelp:aktivitetsparat',
                                                    'kontanthjaelp:uddannelsesparat',
                                                    'uddannelseshjaelp:aktivitetsparat',
                                                    'uddannelseshjaelp:uddannelsesparat',
                                                    'jobafklaring',
                                                    'ressourceforloeb',
                                                    'revalidering'
                                                  ]
                                                  ELSE CAST(NULL AS TEXT[])
                                                END,
                                                "t62"."benefit" || ':' || COALESCE("t62"."target_group", '')
                                              ),
                                              FALSE
                                            ),
                                            FALSE
                                          ) AS "_end_unconfirmed",
                                          CAST(CAST("t62"."window_start" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t62"."window_start",
                                            CAST(CAST("t62"."window_start" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
                                        FROM (
                                          SELECT
                                            "t61"."person_id",
                                            "t61"."benefit",
                                            "t61"."_key" AS "start_date",
                                            CASE
                                              WHEN "t61"."_end" = MAKE_DATE(9999, 12, 31)
                                              THEN CAST(NULL AS DATE)
                                              ELSE "t61"."_end"
                                            END AS "end_date",
                                            "t61"."first_contact_date",
                                            "t61"."target_group",
                                            "t61"."first_absence_date",
                                            "t61"."sickness_category",
                                            "t61"."employed",
                                            "t61"."handover_date",
                                            "t61"."expected_absence_weeks",
                                            "t61"."work_obligation",
                                            "t61"."municipality",
                                            "t61"."early_followup_request_date",
                                            "t61"."education_order",
                                            "t61"."periods",
                                            CASE
                                              WHEN COALESCE(
                                                ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t61"."_key" >= MAKE_DATE(2020, 1, 1)
                                                    THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                    ELSE CAST(NULL AS TEXT[])
                                                  END,
                                                  "t61"."benefit"
                                                ),
                                                FALSE
                                              )
                                              THEN COALESCE("t61"."first_contact_date", "t61"."_key")
                                              ELSE "t61"."_key"
                                            END AS "window_start"
                                          FROM (
                                            SELECT
                                              "t59"."person_id",
                                              "t59"."benefit",
                                              "t59"."_key",
                                              MAX("t59"."_end") AS "_end",
                                              COUNT(*) AS "periods",
                                              FIRST("t59"."first_contact_date" ORDER BY "t59"."start_date") AS "first_contact_date",
                                              FIRST("t59"."target_group" ORDER BY "t59"."start_date") AS "target_group",
                                              FIRST("t59"."first_absence_date" ORDER BY "t59"."start_date") AS "first_absence_date",
                                              FIRST("t59"."sickness_category" ORDER BY "t59"."start_date") AS "sickness_category",
                                              FIRST("t59"."employed" ORDER BY "t59"."start_date") AS "employed",
                                              FIRST("t59"."handover_date" ORDER BY "t59"."start_date") AS "handover_date",
                                              FIRST("t59"."expected_absence_weeks" ORDER BY "t59"."start_date") AS "expected_absence_weeks",
                                              FIRST("t59"."work_obligation" ORDER BY "t59"."start_date") AS "work_obligation",
                                              FIRST("t59"."municipality" ORDER BY "t59"."start_date") AS "municipality",
                                              MIN("t59"."early_followup_request_date") AS "early_followup_request_date",
                                              BOOL_OR(CAST(COALESCE("t59"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                            FROM "t58" AS "t59"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t61"
                                          WHERE
                                            "t61"."benefit" IN (
                                              'jobafklaring',
                                              'kontanthjaelp',
                                              'ledighedsydelse',
                                              'ressourceforloeb',
                                              'revalidering',
                                              'uddannelseshjaelp'
                                            )
                                        ) AS "t62"
                                      ) AS "t67"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t69"."person_id" AS "_ipid",
                                          "t69"."benefit" AS "_ibenefit",
                                          "t69"."start_date" AS "_istart",
                                          "t69"."i_start" AS "_i_start",
                                          "t69"."i_end" AS "_i_end",
                                          "t69"."cum_before" AS "_cum"
                                        FROM (
                                          SELECT
                                            "t68"."person_id",
                                            "t68"."benefit",
                                            "t68"."_key" AS "start_date",
                                            "t68"."i_start",
                                            "t68"."i_end",
                                            CAST(COALESCE(
                                              SUM("t68"."_len") OVER (
                                                PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                ORDER BY "t68"."i_start" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ),
                                              0
                                            ) AS INT) AS "cum_before"
                                          FROM (
                                            SELECT
                                              "t65"."person_id",
                                              "t65"."benefit",
                                              "t65"."_key",
                                              "t65"."_island",
                                              "t65"."i_start",
                                              "t65"."i_end",
                                              CASE
                                                WHEN "t65"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t65"."i_start", "t65"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t64"."person_id",
                                                "t64"."benefit",
                                                "t64"."_key",
                                                "t64"."_island",
                                                MIN("t64"."start_date") AS "i_start",
                                                MAX("t64"."_end") AS "i_end"
                                              FROM (
                                                SELECT
                                                  "t63"."person_id",
                                                  "t63"."benefit",
                                                  "t63"."start_date",
                                                  "t63"."_end",
                                                  "t63"."_key",
                                                  "t63"."_acc",
                                                  "t63"."first_contact_date",
                                                  "t63"."target_group",
                                                  "t63"."first_absence_date",
                                                  "t63"."sickness_category",
                                                  "t63"."employed",
                                                  "t63"."handover_date",
                                                  "t63"."expected_absence_weeks",
                                                  "t63"."work_obligation",
                                                  "t63"."municipality",
                                                  "t63"."early_followup_request_date",
                                                  "t63"."education_order",
                                                  "t63"."_new",
                                                  SUM("t63"."_new") OVER (
                                                    PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                    ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ) AS "_island"
                                                FROM (
                                                  SELECT
                                                    "t60"."person_id",
                                                    "t60"."benefit",
                                                    "t60"."start_date",
                                                    "t60"."_end",
                                                    "t60"."_key",
                                                    "t60"."_acc",
                                                    "t60"."first_contact_date",
                                                    "t60"."target_group",
                                                    "t60"."first_absence_date",
                                                    "t60"."sickness_category",
                                                    "t60"."employed",
                                                    "t60"."handover_date",
                                                    "t60"."expected_absence_weeks",
                                                    "t60"."work_obligation",
                                                    "t60"."municipality",
                                                    "t60"."early_followup_request_date",
                                                    "t60"."education_order",
                                                    CASE
                                                      WHEN MAX("t60"."_end") OVER (
                                                        PARTITION BY "t60"."person_id", "t60"."benefit", "t60"."_key"
                                                        ORDER BY "t60"."start_date" ASC, "t60"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) IS NULL
                                                      THEN 1
                                                      WHEN "t60"."start_date" > CAST(CAST(MAX("t60"."_end") OVER (
                                                        PARTITION BY "t60"."person_id", "t60"."benefit", "t60"."_key"
                                                        ORDER BY "t60"."start_date" ASC, "t60"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                      THEN 1
                                                      ELSE 0
                                                    END AS "_new"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "t58" AS "t59"
                                                    WHERE
                                                      "t59"."_acc"
                                                  ) AS "t60"
                                                ) AS "t63"
                                              ) AS "t64"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t65"
                                          ) AS "t68"
                                        ) AS "t69"
                                      ) AS "t71"
                                        ON "t67"."person_id" = "t71"."_ipid"
                                        AND "t67"."benefit" = "t71"."_ibenefit"
                                        AND "t67"."start_date" = "t71"."_istart"
                                        AND "t71"."_cum" < "t67"."_needed"
                                        AND (
                                          (
                                            "t71"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t71"."_cum" + DATE_DIFF('DAY', "t71"."_i_start", "t71"."_i_end") + 1
                                            ) >= "t67"."_needed"
                                          )
                                        )
                                    ) AS "t72"
                                  ) AS "t73"
                                ) AS "t74"
                              ) AS "t75"
                            ) AS "t77"
                            LEFT OUTER JOIN (
                              SELECT
                                "t80"."person_id",
                                "t80"."benefit",
                                "t80"."start_date",
                                CAST(SUM(
                                  DATE_DIFF(
                                    'DAY',
                                    GREATEST("t80"."_ex_start", "t80"."_from"),
                                    LEAST("t80"."_ex_end", "t80"."_to")
                                  ) + 1
                                ) AS INT) AS "exempt_days",
                                BOOL_OR(
                                  CAST((
                                    "t80"."_ex_start" <= CAST($as_of AS DATE)
                                  )
                                  AND (
                                    "t80"."_ex_end" >= CAST($as_of AS DATE)
                                  ) AS BOOLEAN)
                                ) AS "exempt_now",
                                LISTAGG(
                                  
                                    'fritaget ' || CAST("t80"."_ex_start" AS TEXT) || '–' || CAST("t80"."_ex_end" AS TEXT) || ' (' || "t80"."_ex_reason" || ')',
                                    ', ' ORDER BY "t80"."_ex_start" ASC
                                  
                                ) AS "exemption_note"
                              FROM (
                                SELECT
                                  "t79"."person_id",
                                  "t79"."benefit",
                                  "t79"."start_date",
                                  "t79"."_from",
                                  "t79"."_to",
                                  "t5"."_pid",
                                  "t5"."_ex_start",
                                  "t5"."_ex_end",
                                  "t5"."_ex_reason"
                                FROM (
                                  SELECT
                                    "t76"."person_id",
                                    "t76"."benefit",
                                    "t76"."start_date",
                                    "t76"."window_start" AS "_from",
                                    "t76"."due0" AS "_to"
                                  FROM (
                                    SELECT
                                      "t75".*
                                      EXCLUDE ("_point")
                                    FROM (
                                      SELECT
                                        "t74"."person_id",
                                        "t74"."benefit",
                                        "t74"."start_date",
                                        "t74"."end_date",
                                        "t74"."first_contact_date",
                                        "t74"."target_group",
                                        "t74"."first_absence_date",
                                        "t74"."sickness_category",
                                        "t74"."employed",
                                        "t74"."handover_date",
                                        "t74"."expected_absence_weeks",
                                        "t74"."work_obligation",
                                        "t74"."municipality",
                                        "t74"."early_followup_request_date",
                                        "t74"."education_order",
                                        "t74"."periods",
                                        "t74"."window_start",
                                        "t74"."required",
                                        "t74"."required_joint",
                                        "t74"."in_force",
                                        "t74"."_end_unconfirmed",
                                        "t74"."_point",
                                        CAST(CAST("t74"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                      FROM (
                                        SELECT
                                          "t73".*
                                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                        FROM (
                                          SELECT
                                            "t72"."person_id",
                                            "t72"."benefit",
                                            "t72"."start_date",
                                            "t72"."end_date",
                                            "t72"."first_contact_date",
                                            "t72"."target_group",
                                            "t72"."first_absence_date",
                                            "t72"."sickness_category",
                                            "t72"."employed",
                                            "t72"."handover_date",
                                            "t72"."expected_absence_weeks",
                                            "t72"."work_obligation",
                                            "t72"."municipality",
                                            "t72"."early_followup_request_date",
                                            "t72"."education_order",
                                            "t72"."periods",
                                            "t72"."window_start",
                                            "t72"."required",
                                            "t72"."required_joint",
                                            "t72"."in_force",
                                            "t72"."_end_unconfirmed",
                                            "t72"."_plain",
                                            "t72"."_needed",
                                            "t72"."_ipid",
                                            "t72"."_ibenefit",
                                            "t72"."_istart",
                                            "t72"."_i_start",
                                            "t72"."_i_end",
                                            "t72"."_cum",
                                            CASE
                                              WHEN "t72"."_i_start" IS NOT NULL
                                              THEN CAST(CAST("t72"."_i_start" + TO_DAYS(CAST("t72"."_needed" - "t72"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                              ELSE "t72"."_plain"
                                            END AS "_point"
                                          FROM (
                                            SELECT
                                              "t67"."person_id",
                                              "t67"."benefit",
                                              "t67"."start_date",
                                              "t67"."end_date",
                                              "t67"."first_contact_date",
                                              "t67"."target_group",
                                              "t67"."first_absence_date",
                                              "t67"."sickness_category",
                                              "t67"."employed",
                                              "t67"."handover_date",
                                              "t67"."expected_absence_weeks",
                                              "t67"."work_obligation",
                                              "t67"."municipality",
                                              "t67"."early_followup_request_date",
                                              "t67"."education_order",
                                              "t67"."periods",
                                              "t67"."window_start",
                                              "t67"."required",
                                              "t67"."required_joint",
                                              "t67"."in_force",
                                              "t67"."_end_unconfirmed",
                                              "t67"."_plain",
                                              "t67"."_needed",
                                              "t71"."_ipid",
                                              "t71"."_ibenefit",
                                              "t71"."_istart",
                                              "t71"."_i_start",
                                              "t71"."_i_end",
                                              "t71"."_cum"
                                            FROM (
                                              SELECT
                                                "t62"."person_id",
                                                "t62"."benefit",
                                                "t62"."start_date",
                                                "t62"."end_date",
                                                "t62"."first_contact_date",
                                                "t62"."target_group",
                                                "t62"."first_absence_date",
                                                "t62"."sickness_category",
                                                "t62"."employed",
                                                "t62"."handover_date",
                                                "t62"."expected_absence_weeks",
                                                "t62"."work_obligation",
                                                "t62"."municipality",
                                                "t62"."early_followup_request_date",
                                                "t62"."education_order",
                                                "t62"."periods",
                                                "t62"."window_start",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 4
                                                    WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) + COALESCE(0, 0) AS "required",
                                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                                (
                                                  CASE
                                                    WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 4
                                                    WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                )
                                                AND (
                                                  CASE
                                                    WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                )
                                                AND COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                      THEN [
                                                        'kontanthjaelp',
                                                        'uddannelseshjaelp',
                                                        'jobafklaring',
                                                        'ressourceforloeb',
                                                        'ledighedsydelse',
                                                        'revalidering'
                                                      ]
                                                      ELSE CAST(NULL AS TEXT[])
                                                    END,
                                                    "t62"."benefit"
                                                  ),
                                                  FALSE
                                                ) AS "in_force",
                                                COALESCE(
                                                  (
                                                    CASE
                                                      WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 4
                                                      WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NULL
                                                  )
                                                  AND COALESCE(
                                                    ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                        THEN [
                                                          'kontanthjaelp:aktivitetsparat',
                                                          'kontanthjaelp:uddannelsesparat',
                                                          'uddannelseshjaelp:aktivitetsparat',
                                                          'uddannelseshjaelp:uddannelsesparat',
                                                          'jobafklaring',
                                                          'ressourceforloeb',
                                                          'revalidering'
                                                        ]
                                                        ELSE CAST(NULL AS TEXT[])
                                                      END,
                                                      "t62"."benefit"
                                                    )
                                                    OR ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                        THEN [
                                                          'kontanthjaelp:aktivitetsparat',
                                                          'kontanthjaelp:uddannelsesparat',
                                                          'uddannelseshjaelp:aktivitetsparat',
                                                          'uddannelseshjaelp:uddannelsesparat',
                                                          'jobafklaring',
                                                          'ressourceforloeb',
                                                          'revalidering'
                                                        ]
                                                        ELSE CAST(NULL AS TEXT[])
                                                      END,
                                                      "t62"."benefit" || ':' || COALESCE("t62"."target_group", '')
                                                    ),
                                                    FALSE
                                                  ),
                                                  FALSE
                                                ) AS "_end_unconfirmed",
                                                CAST(CAST("t62"."window_start" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                DATE_DIFF(
                                                  'DAY',
                                                  "t62"."window_start",
                                                  CAST(CAST("t62"."window_start" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE)
                                                ) AS "_needed"
                                              FROM (
                                                SELECT
                                                  "t61"."person_id",
                                                  "t61"."benefit",
                                                  "t61"."_key" AS "start_date",
                                                  CASE
                                                    WHEN "t61"."_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN CAST(NULL AS DATE)
                                                    ELSE "t61"."_end"
                                                  END AS "end_date",
                                                  "t61"."first_contact_date",
                                                  "t61"."target_group",
                                                  "t61"."first_absence_date",
                                                  "t61"."sickness_category",
                                                  "t61"."employed",
                                                  "t61"."handover_date",
                                                  "t61"."expected_absence_weeks",
                                                  "t61"."work_obligation",
                                                  "t61"."municipality",
                                                  "t61"."early_followup_request_date",
                                                  "t61"."education_order",
                                                  "t61"."periods",
                                                  CASE
                                                    WHEN COALESCE(
                                                      ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t61"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                          ELSE CAST(NULL AS TEXT[])
                                                        END,
                                                        "t61"."benefit"
                                                      ),
                                                      FALSE
                                                    )
                                                    THEN COALESCE("t61"."first_contact_date", "t61"."_key")
                                                    ELSE "t61"."_key"
                                                  END AS "window_start"
                                                FROM (
                                                  SELECT
                                                    "t59"."person_id",
                                                    "t59"."benefit",
                                                    "t59"."_key",
                                                    MAX("t59"."_end") AS "_end",
                                                    COUNT(*) AS "periods",
                                                    FIRST("t59"."first_contact_date" ORDER BY "t59"."start_date") AS "first_contact_date",
                                                    FIRST("t59"."target_group" ORDER BY "t59"."start_date") AS "target_group",
                                                    FIRST("t59"."first_absence_date" ORDER BY "t59"."start_date") AS "first_absence_date",
                                                    FIRST("t59"."sickness_category" ORDER BY "t59"."start_date") AS "sickness_category",
                                                    FIRST("t59"."employed" ORDER BY "t59"."start_date") AS "employed",
                                                    FIRST("t59"."handover_date" ORDER BY "t59"."start_date") AS "handover_date",
                                                    FIRST("t59"."expected_absence_weeks" ORDER BY "t59"."start_date") AS "expected_absence_weeks",
                                                    FIRST("t59"."work_obligation" ORDER BY "t59"."start_date") AS "work_obligation",
                                                    FIRST("t59"."municipality" ORDER BY "t59"."start_date") AS "municipality",
                                                    MIN("t59"."early_followup_request_date") AS "early_followup_request_date",
                                                    BOOL_OR(CAST(COALESCE("t59"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                  FROM "t58" AS "t59"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t61"
                                                WHERE
                                                  "t61"."benefit" IN (
                                                    'jobafklaring',
                                                    'kontanthjaelp',
                                                    'ledighedsydelse',
                                                    'ressourceforloeb',
                                                    'revalidering',
                                                    'uddannelseshjaelp'
                                                  )
                                              ) AS "t62"
                                            ) AS "t67"
                                            LEFT OUTER JOIN (
                                              SELECT
                                                "t69"."person_id" AS "_ipid",
                                                "t69"."benefit" AS "_ibenefit",
                                                "t69"."start_date" AS "_istart",
                                                "t69"."i_start" AS "_i_start",
                                                "t69"."i_end" AS "_i_end",
                                                "t69"."cum_before" AS "_cum"
                                              FROM (
                                                SELECT
                                                  "t68"."person_id",
                                                  "t68"."benefit",
                                                  "t68"."_key" AS "start_date",
                                                  "t68"."i_start",
                                                  "t68"."i_end",
                                                  CAST(COALESCE(
                                                    SUM("t68"."_len") OVER (
                                                      PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                      ORDER BY "t68"."i_start" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ),
                                                    0
                                                  ) AS INT) AS "cum_before"
                                                FROM (
                                                  SELECT
                                                    "t65"."person_id",
                                                    "t65"."benefit",
                                                    "t65"."_key",
                                                    "t65"."_island",
                                                    "t65"."i_start",
                                                    "t65"."i_end",
                                                    CASE
                                                      WHEN "t65"."i_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN 0
                                                      ELSE DATE_DIFF('DAY', "t65"."i_start", "t65"."i_end") + 1
                                                    END AS "_len"
                                                  FROM (
                                                    SELECT
                                                      "t64"."person_id",
                                                      "t64"."benefit",
                                                      "t64"."_key",
                                                      "t64"."_island",
                                                      MIN("t64"."start_date") AS "i_start",
                                                      MAX("t64"."_end") AS "i_end"
                                                    FROM (
                                                      SELECT
                                                        "t63"."person_id",
                                                        "t63"."benefit",
                                                        "t63"."start_date",
                                                        "t63"."_end",
                                                        "t63"."_key",
                                                        "t63"."_acc",
                                                        "t63"."first_contact_date",
                                                        "t63"."target_group",
                                                        "t63"."first_absence_date",
                                                        "t63"."sickness_category",
                                                        "t63"."employed",
                                                        "t63"."handover_date",
                                                        "t63"."expected_absence_weeks",
                                                        "t63"."work_obligation",
                                                        "t63"."municipality",
                                                        "t63"."early_followup_request_date",
                                                        "t63"."education_order",
                                                        "t63"."_new",
                                                        SUM("t63"."_new") OVER (
                                                          PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                          ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                        ) AS "_island"
                                                      FROM (
                                                        SELECT
                                                          "t60"."person_id",
                                                          "t60"."benefit",
                                                          "t60"."start_date",
                                                          "t60"."_end",
                                                          "t60"."_key",
                                                          "t60"."_acc",
                                                          "t60"."first_contact_date",
                                                          "t60"."target_group",
                                                          "t60"."first_absence_date",
                                                          "t60"."sickness_category",
                                                          "t60"."employed",
                                                          "t60"."handover_date",
                                                          "t60"."expected_absence_weeks",
                                                          "t60"."work_obligation",
                                                          "t60"."municipality",
                                                          "t60"."early_followup_request_date",
                                                          "t60"."education_order",
                                                          CASE
                                                            WHEN MAX("t60"."_end") OVER (
                                                              PARTITION BY "t60"."person_id", "t60"."benefit", "t60"."_key"
                                                              ORDER BY "t60"."start_date" ASC, "t60"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) IS NULL
                                                            THEN 1
                                                            WHEN "t60"."start_date" > CAST(CAST(MAX("t60"."_end") OVER (
                                                              PARTITION BY "t60"."person_id", "t60"."benefit", "t60"."_key"
                                                              ORDER BY "t60"."start_date" ASC, "t60"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                            THEN 1
                                                            ELSE 0
                                                          END AS "_new"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM "t58" AS "t59"
                                                          WHERE
                                                            "t59"."_acc"
                                                        ) AS "t60"
                                                      ) AS "t63"
                                                    ) AS "t64"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3,
                                                      4
                                                  ) AS "t65"
                                                ) AS "t68"
                                              ) AS "t69"
                                            ) AS "t71"
                                              ON "t67"."person_id" = "t71"."_ipid"
                                              AND "t67"."benefit" = "t71"."_ibenefit"
                                              AND "t67"."start_date" = "t71"."_istart"
                                              AND "t71"."_cum" < "t67"."_needed"
                                              AND (
                                                (
                                                  "t71"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                )
                                                OR (
                                                  (
                                                    "t71"."_cum" + DATE_DIFF('DAY', "t71"."_i_start", "t71"."_i_end") + 1
                                                  ) >= "t67"."_needed"
                                                )
                                              )
                                          ) AS "t72"
                                        ) AS "t73"
                                      ) AS "t74"
                                    ) AS "t75"
                                  ) AS "t76"
                                ) AS "t79"
                                INNER JOIN (
                                  SELECT
                                    "t0"."person_id" AS "_pid",
                                    "t0"."start_date" AS "_ex_start",
                                    "t0"."end_date" AS "_ex_end",
                                    "t0"."reason" AS "_ex_reason"
                                  FROM "exemptions" AS "t0"
                                  WHERE
                                    "t0"."start_date" <= CAST($as_of AS DATE)
                                ) AS "t5"
                                  ON "t79"."person_id" = "t5"."_pid"
                                  AND "t5"."_ex_start" <= "t79"."_to"
                                  AND "t5"."_ex_end" >= "t79"."_from"
                              ) AS "t80"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t82"
                              ON "t77"."person_id" = "t82"."person_id"
                              AND "t77"."benefit" = "t82"."benefit"
                              AND "t77"."start_date" = "t82"."start_date"
                          ) AS "t83"
                        ) AS "t84"
                      ) AS "t86"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "conversations" AS "t1"
                        WHERE
                          "t1"."status" = 'afholdt'
                          AND COALESCE("t1"."individual", TRUE)
                          AND "t1"."date" <= CAST($as_of AS DATE)
                          AND "t1"."kind" IN ('jobsamtale')
                      ) AS "t6"
                        ON "t86"."person_id" = "t6"."person_id"
                        AND "t6"."date" >= "t86"."_first"
                        AND "t6"."date" <= "t86"."_last"
                    ) AS "t87"
                    WHERE
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t87"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['jobcenter', 'anden_aktoer']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t87"."held_by"
                        ),
                        FALSE
                      )
                      AND COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t87"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['personligt', 'telefon', 'video']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t87"."form"
                        ),
                        FALSE
                      )
                  ) AS "t93"
                  INNER JOIN (
                    SELECT
                      "t84"."person_id",
                      "t84"."benefit",
                      "t84"."start_date",
                      "t84"."required" AS "_n",
                      CAST(CAST("t84"."due0" + TO_DAYS(
                        CASE
                          WHEN COALESCE(
                            CASE
                              WHEN "t84"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN TRUE
                              ELSE CAST(NULL AS BOOLEAN)
                            END,
                            FALSE
                          )
                          THEN COALESCE("t84"."exempt_days", 0)
                          ELSE 0
                        END
                      ) AS TIMESTAMP) AS DATE) AS "_due"
                    FROM (
                      SELECT
                        "t83".*
                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                      FROM (
                        SELECT
                          "t77"."person_id",
                          "t77"."benefit",
                          "t77"."start_date",
                          "t77"."end_date",
                          "t77"."first_contact_date",
                          "t77"."target_group",
                          "t77"."first_absence_date",
                          "t77"."sickness_category",
                          "t77"."employed",
                          "t77"."handover_date",
                          "t77"."expected_absence_weeks",
                          "t77"."work_obligation",
                          "t77"."municipality",
                          "t77"."early_followup_request_date",
                          "t77"."education_order",
                          "t77"."periods",
                          "t77"."window_start",
                          "t77"."required",
                          "t77"."required_joint",
                          "t77"."in_force",
                          "t77"."_end_unconfirmed",
                          "t77"."due0",
                          "t82"."person_id" AS "person_id_right",
                          "t82"."benefit" AS "benefit_right",
                          "t82"."start_date" AS "start_date_right",
                          "t82"."exempt_days",
                          "t82"."exempt_now",
                          "t82"."exemption_note"
                        FROM (
                          SELECT
                            "t75".*
                            EXCLUDE ("_point")
                          FROM (
                            SELECT
                              "t74"."person_id",
                              "t74"."benefit",
                              "t74"."start_date",
                              "t74"."end_date",
                              "t74"."first_contact_date",
                              "t74"."target_group",
                              "t74"."first_absence_date",
                              "t74"."sickness_category",
                              "t74"."employed",
                              "t74"."handover_date",
                              "t74"."expected_absence_weeks",
                              "t74"."work_obligation",
                              "t74"."municipality",
                              "t74"."early_followup_request_date",
                              "t74"."education_order",
                              "t74"."periods",
                              "t74"."window_start",
                              "t74"."required",
                              "t74"."required_joint",
                              "t74"."in_force",
                              "t74"."_end_unconfirmed",
                              "t74"."_point",
                              CAST(CAST("t74"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                            FROM (
                              SELECT
                                "t73".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                              FROM (
                                SELECT
                                  "t72"."person_id",
                                  "t72"."benefit",
                                  "t72"."start_date",
                                  "t72"."end_date",
                                  "t72"."first_contact_date",
                                  "t72"."target_group",
                                  "t72"."first_absence_date",
                                  "t72"."sickness_category",
                                  "t72"."employed",
                                  "t72"."handover_date",
                                  "t72"."expected_absence_weeks",
                                  "t72"."work_obligation",
                                  "t72"."municipality",
                                  "t72"."early_followup_request_date",
                                  "t72"."education_order",
                                  "t72"."periods",
                                  "t72"."window_start",
                                  "t72"."required",
                                  "t72"."required_joint",
                                  "t72"."in_force",
                                  "t72"."_end_unconfirmed",
                                  "t72"."_plain",
                                  "t72"."_needed",
                                  "t72"."_ipid",
                                  "t72"."_ibenefit",
                                  "t72"."_istart",
                                  "t72"."_i_start",
                                  "t72"."_i_end",
                                  "t72"."_cum",
                                  CASE
                                    WHEN "t72"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t72"."_i_start" + TO_DAYS(CAST("t72"."_needed" - "t72"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t72"."_plain"
                                  END AS "_point"
                                FROM (
                                  SELECT
                                    "t67"."person_id",
                                    "t67"."benefit",
                                    "t67"."start_date",
                                    "t67"."end_date",
                                    "t67"."first_contact_date",
                                    "t67"."target_group",
                                    "t67"."first_absence_date",
                                    "t67"."sickness_category",
                                    "t67"."employed",
                                    "t67"."handover_date",
                                    "t67"."expected_absence_weeks",
                                    "t67"."work_obligation",
                                    "t67"."municipality",
                                    "t67"."early_followup_request_date",
                                    "t67"."education_order",
                                    "t67"."periods",
                                    "t67"."window_start",
                                    "t67"."required",
                                    "t67"."required_joint",
                                    "t67"."in_force",
                                    "t67"."_end_unconfirmed",
                                    "t67"."_plain",
                                    "t67"."_needed",
                                    "t71"."_ipid",
                                    "t71"."_ibenefit",
                                    "t71"."_istart",
                                    "t71"."_i_start",
                                    "t71"."_i_end",
                                    "t71"."_cum"
                                  FROM (
                                    SELECT
                                      "t62"."person_id",
                                      "t62"."benefit",
                                      "t62"."start_date",
                                      "t62"."end_date",
                                      "t62"."first_contact_date",
                                      "t62"."target_group",
                                      "t62"."first_absence_date",
                                      "t62"."sickness_category",
                                      "t62"."employed",
                                      "t62"."handover_date",
                                      "t62"."expected_absence_weeks",
                                      "t62"."work_obligation",
                                      "t62"."municipality",
                                      "t62"."early_followup_request_date",
                                      "t62"."education_order",
                                      "t62"."periods",
                                      "t62"."window_start",
                                      COALESCE(
                                        CASE
                                          WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 4
                                          WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      ) + COALESCE(0, 0) AS "required",
                                      CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                      (
                                        CASE
                                          WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 4
                                          WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND (
                                        CASE
                                          WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN [
                                              'kontanthjaelp',
                                              'uddannelseshjaelp',
                                              'jobafklaring',
                                              'ressourceforloeb',
                                              'ledighedsydelse',
                                              'revalidering'
                                            ]
                                            ELSE CAST(NULL AS TEXT[])
                                          END,
                                          "t62"."benefit"
                                        ),
                                        FALSE
                                      ) AS "in_force",
                                      COALESCE(
                                        (
                                          CASE
                                            WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 4
                                            WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 4
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NULL
                                        )
                                        AND COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                              THEN [
                                                'kontanthjaelp:aktivitetsparat',
                                                'kontanthjaelp:uddannelsesparat',
                                                'uddannelseshjaelp:aktivitetsparat',
                                                'uddannelseshjaelp:uddannelsesparat',
                                                'jobafklaring',
                                                'ressourceforloeb',
                                                'revalidering'
                                              ]
                                              ELSE CAST(NULL AS TEXT[])
                                            END,
                                            "t62"."benefit"
                                          )
                                          OR ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                              THEN [
                                                'kontanthjaelp:aktivitetsparat',
                                                'kontanthjaelp:uddannelsesparat',
                                                'uddannelseshjaelp:aktivitetsparat',
                                                'uddannelseshjaelp:uddannelsesparat',
                                                'jobafklaring',
                                                'ressourceforloeb',
                                                'revalidering'
                                              ]
                                              ELSE CAST(NULL AS TEXT[])
                                            END,
                                            "t62"."benefit" || ':' || COALESCE("t62"."target_group", '')
                                          ),
                                          FALSE
                                        ),
                                        FALSE
                                      ) AS "_end_unconfirmed",
                                      CAST(CAST("t62"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t62"."window_start",
                                        CAST(CAST("t62"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
                                    FROM (
                                      SELECT
                                        "t61"."person_id",
                                        "t61"."benefit",
                                        "t61"."_key" AS "start_date",
                                        CASE
                                          WHEN "t61"."_end" = MAKE_DATE(9999, 12, 31)
                                          THEN CAST(NULL AS DATE)
                                          ELSE "t61"."_end"
                                        END AS "end_date",
                                        "t61"."first_contact_date",
                                        "t61"."target_group",
                                        "t61"."first_absence_date",
                                        "t61"."sickness_category",
                                        "t61"."employed",
                                        "t61"."handover_date",
                                        "t61"."expected_absence_weeks",
                                        "t61"."work_obligation",
                                        "t61"."municipality",
                                        "t61"."early_followup_request_date",
                                        "t61"."education_order",
                                        "t61"."periods",
                                        CASE
                                          WHEN COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t61"."_key" >= MAKE_DATE(2020, 1, 1)
                                                THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              "t61"."benefit"
                                            ),
                                            FALSE
                                          )
                                          THEN COALESCE("t61"."first_contact_date", "t61"."_key")
                                          ELSE "t61"."_key"
                                        END AS "window_start"
                                      FROM (
                                        SELECT
                                          "t59"."person_id",
                                          "t59"."benefit",
                                          "t59"."_key",
                                          MAX("t59"."_end") AS "_end",
                                          COUNT(*) AS "periods",
                                          FIRST("t59"."first_contact_date" ORDER BY "t59"."start_date") AS "first_contact_date",
                                          FIRST("t59"."target_group" ORDER BY "t59"."start_date") AS "target_group",
                                          FIRST("t59"."first_absence_date" ORDER BY "t59"."start_date") AS "first_absence_date",
                                          FIRST("t59"."sickness_category" ORDER BY "t59"."start_date") AS "sickness_category",
                                          FIRST("t59"."employed" ORDER BY "t59"."start_date") AS "employed",
                                          FIRST("t59"."handover_date" ORDER BY "t59"."start_date") AS "handover_date",
                                          FIRST("t59"."expected_absence_weeks" ORDER BY "t59"."start_date") AS "expected_absence_weeks",
                                          FIRST("t59"."work_obligation" ORDER BY "t59"."start_date") AS "work_obligation",
                                          FIRST("t59"."municipality" ORDER BY "t59"."start_date") AS "municipality",
                                          MIN("t59"."early_followup_request_date") AS "early_followup_request_date",
                                          BOOL_OR(CAST(COALESCE("t59"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                        FROM "t58" AS "t59"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t61"
                                      WHERE
                                        "t61"."benefit" IN (
                                          'jobafklaring',
                                          'kontanthjaelp',
                                          'ledighedsydelse',
                                          'ressourceforloeb',
                                          'revalidering',
                                          'uddannelseshjaelp'
                                        )
                                    ) AS "t62"
                                  ) AS "t67"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t69"."person_id" AS "_ipid",
                                      "t69"."benefit" AS "_ibenefit",
                                      "t69"."start_date" AS "_istart",
                                      "t69"."i_start" AS "_i_start",
                                      "t69"."i_end" AS "_i_end",
                                      "t69"."cum_before" AS "_cum"
                                    FROM (
                                      SELECT
                                        "t68"."person_id",
                                        "t68"."benefit",
                                        "t68"."_key" AS "start_date",
                                        "t68"."i_start",
                                        "t68"."i_end",
                                        CAST(COALESCE(
                                          SUM("t68"."_len") OVER (
                                            PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                            ORDER BY "t68"."i_start" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ),
                                          0
                                        ) AS INT) AS "cum_before"
                                      FROM (
                                        SELECT
                                          "t65"."person_id",
                                          "t65"."benefit",
                                          "t65"."_key",
                                          "t65"."_island",
                                          "t65"."i_start",
                                          "t65"."i_end",
                                          CASE
                                            WHEN "t65"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t65"."i_start", "t65"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t64"."person_id",
                                            "t64"."benefit",
                                            "t64"."_key",
                                            "t64"."_island",
                                            MIN("t64"."start_date") AS "i_start",
                                            MAX("t64"."_end") AS "i_end"
                                          FROM (
                                            SELECT
                                              "t63"."person_id",
                                              "t63"."benefit",
                                              "t63"."start_date",
                                              "t63"."_end",
                                              "t63"."_key",
                                              "t63"."_acc",
                                              "t63"."first_contact_date",
                                              "t63"."target_group",
                                              "t63"."first_absence_date",
                                              "t63"."sickness_category",
                                              "t63"."employed",
                                              "t63"."handover_date",
                                              "t63"."expected_absence_weeks",
                                              "t63"."work_obligation",
                                              "t63"."municipality",
                                              "t63"."early_followup_request_date",
                                              "t63"."education_order",
                                              "t63"."_new",
                                              SUM("t63"."_new") OVER (
                                                PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ) AS "_island"
                                            FROM (
                                              SELECT
                                                "t60"."person_id",
                                                "t60"."benefit",
                                                "t60"."start_date",
                                                "t60"."_end",
                                                "t60"."_key",
                                                "t60"."_acc",
                                                "t60"."first_contact_date",
                                                "t60"."target_group",
                                                "t60"."first_absence_date",
                                                "t60"."sickness_category",
                                                "t60"."employed",
                                                "t60"."handover_date",
                                                "t60"."expected_absence_weeks",
                                                "t60"."work_obligation",
                                                "t60"."municipality",
                                                "t60"."early_followup_request_date",
                                                "t60"."education_order",
                                                CASE
                                                  WHEN MAX("t60"."_end") OVER (
                                                    PARTITION BY "t60"."person_id", "t60"."benefit", "t60"."_key"
                                                    ORDER BY "t60"."start_date" ASC, "t60"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) IS NULL
                                                  THEN 1
                                                  WHEN "t60"."start_date" > CAST(CAST(MAX("t60"."_end") OVER (
                                                    PARTITION BY "t60"."person_id", "t60"."benefit", "t60"."_key"
                                                    ORDER BY "t60"."start_date" ASC, "t60"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                  THEN 1
                                                  ELSE 0
                                                END AS "_new"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "t58" AS "t59"
                                                WHERE
                                                  "t59"."_acc"
                                              ) AS "t60"
                                            ) AS "t63"
                                          ) AS "t64"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t65"
                                      ) AS "t68"
                                    ) AS "t69"
                                  ) AS "t71"
                                    ON "t67"."person_id" = "t71"."_ipid"
                                    AND "t67"."benefit" = "t71"."_ibenefit"
                                    AND "t67"."start_date" = "t71"."_istart"
                                    AND "t71"."_cum" < "t67"."_needed"
                                    AND (
                                      (
                                        "t71"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t71"."_cum" + DATE_DIFF('DAY', "t71"."_i_start", "t71"."_i_end") + 1
                                        ) >= "t67"."_needed"
                                      )
                                    )
                                ) AS "t72"
                              ) AS "t73"
                            ) AS "t74"
                          ) AS "t75"
                        ) AS "t77"
                        LEFT OUTER JOIN (
                          SELECT
                            "t80"."person_id",
                            "t80"."benefit",
                            "t80"."start_date",
                            CAST(SUM(
                              DATE_DIFF(
                                'DAY',
                                GREATEST("t80"."_ex_start", "t80"."_from"),
                                LEAST("t80"."_ex_end", "t80"."_to")
                              ) + 1
                            ) AS INT) AS "exempt_days",
                            BOOL_OR(
                              CAST((
                                "t80"."_ex_start" <= CAST($as_of AS DATE)
                              )
                              AND (
                                "t80"."_ex_end" >= CAST($as_of AS DATE)
                              ) AS BOOLEAN)
                            ) AS "exempt_now",
                            LISTAGG(
                              
                                'fritaget ' || CAST("t80"."_ex_start" AS TEXT) || '–' || CAST("t80"."_ex_end" AS TEXT) || ' (' || "t80"."_ex_reason" || ')',
                                ', ' ORDER BY "t80"."_ex_start" ASC
                              
                            ) AS "exemption_note"
                          FROM (
                            SELECT
                              "t79"."person_id",
                              "t79"."benefit",
                              "t79"."start_date",
                              "t79"."_from",
                              "t79"."_to",
                              "t5"."_pid",
                              "t5"."_ex_start",
                              "t5"."_ex_end",
                              "t5"."_ex_reason"
                            FROM (
                              SELECT
                                "t76"."person_id",
                                "t76"."benefit",
                                "t76"."start_date",
                                "t76"."window_start" AS "_from",
                                "t76"."due0" AS "_to"
                              FROM (
                                SELECT
                                  "t75".*
                                  EXCLUDE ("_point")
                                FROM (
                                  SELECT
                                    "t74"."person_id",
                                    "t74"."benefit",
                                    "t74"."start_date",
                                    "t74"."end_date",
                                    "t74"."first_contact_date",
                                    "t74"."target_group",
                                    "t74"."first_absence_date",
                                    "t74"."sickness_category",
                                    "t74"."employed",
                                    "t74"."handover_date",
                                    "t74"."expected_absence_weeks",
                                    "t74"."work_obligation",
                                    "t74"."municipality",
                                    "t74"."early_followup_request_date",
                                    "t74"."education_order",
                                    "t74"."periods",
                                    "t74"."window_start",
                                    "t74"."required",
                                    "t74"."required_joint",
                                    "t74"."in_force",
                                    "t74"."_end_unconfirmed",
                                    "t74"."_point",
                                    CAST(CAST("t74"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                  FROM (
                                    SELECT
                                      "t73".*
                                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                    FROM (
                                      SELECT
                                        "t72"."person_id",
                                        "t72"."benefit",
                                        "t72"."start_date",
                                        "t72"."end_date",
                                        "t72"."first_contact_date",
                                        "t72"."target_group",
                                        "t72"."first_absence_date",
                                        "t72"."sickness_category",
                                        "t72"."employed",
                                        "t72"."handover_date",
                                        "t72"."expected_absence_weeks",
                                        "t72"."work_obligation",
                                        "t72"."municipality",
                                        "t72"."early_followup_request_date",
                                        "t72"."education_order",
                                        "t72"."periods",
                                        "t72"."window_start",
                                        "t72"."required",
                                        "t72"."required_joint",
                                        "t72"."in_force",
                                        "t72"."_end_unconfirmed",
                                        "t72"."_plain",
                                        "t72"."_needed",
                                        "t72"."_ipid",
                                        "t72"."_ibenefit",
                                        "t72"."_istart",
                                        "t72"."_i_start",
                                        "t72"."_i_end",
                                        "t72"."_cum",
                                        CASE
                                          WHEN "t72"."_i_start" IS NOT NULL
                                          THEN CAST(CAST("t72"."_i_start" + TO_DAYS(CAST("t72"."_needed" - "t72"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                          ELSE "t72"."_plain"
                                        END AS "_point"
                                      FROM (
                                        SELECT
                                          "t67"."person_id",
                                          "t67"."benefit",
                                          "t67"."start_date",
                                          "t67"."end_date",
                                          "t67"."first_contact_date",
                                          "t67"."target_group",
                                          "t67"."first_absence_date",
                                          "t67"."sickness_category",
                                          "t67"."employed",
                                          "t67"."handover_date",
                                          "t67"."expected_absence_weeks",
                                          "t67"."work_obligation",
                                          "t67"."municipality",
                                          "t67"."early_followup_request_date",
                                          "t67"."education_order",
                                          "t67"."periods",
                                          "t67"."window_start",
                                          "t67"."required",
                                          "t67"."required_joint",
                                          "t67"."in_force",
                                          "t67"."_end_unconfirmed",
                                          "t67"."_plain",
                                          "t67"."_needed",
                                          "t71"."_ipid",
                                          "t71"."_ibenefit",
                                          "t71"."_istart",
                                          "t71"."_i_start",
                                          "t71"."_i_end",
                                          "t71"."_cum"
                                        FROM (
                                          SELECT
                                            "t62"."person_id",
                                            "t62"."benefit",
                                            "t62"."start_date",
                                            "t62"."end_date",
                                            "t62"."first_contact_date",
                                            "t62"."target_group",
                                            "t62"."first_absence_date",
                                            "t62"."sickness_category",
                                            "t62"."employed",
                                            "t62"."handover_date",
                                            "t62"."expected_absence_weeks",
                                            "t62"."work_obligation",
                                            "t62"."municipality",
                                            "t62"."early_followup_request_date",
                                            "t62"."education_order",
                                            "t62"."periods",
                                            "t62"."window_start",
                                            COALESCE(
                                              CASE
                                                WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                THEN 4
                                                WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) + COALESCE(0, 0) AS "required",
                                            CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                            (
                                              CASE
                                                WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                THEN 4
                                                WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND (
                                              CASE
                                                WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN [
                                                    'kontanthjaelp',
                                                    'uddannelseshjaelp',
                                                    'jobafklaring',
                                                    'ressourceforloeb',
                                                    'ledighedsydelse',
                                                    'revalidering'
                                                  ]
                                                  ELSE CAST(NULL AS TEXT[])
                                                END,
                                                "t62"."benefit"
                                              ),
                                              FALSE
                                            ) AS "in_force",
                                            COALESCE(
                                              (
                                                CASE
                                                  WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t62"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 4
                                                  WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NULL
                                              )
                                              AND COALESCE(
                                                ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                    THEN [
                                                      'kontanthjaelp:aktivitetsparat',
                                                      'kontanthjaelp:uddannelsesparat',
                                                      'uddannelseshjaelp:aktivitetsparat',
                                                      'uddannelseshjaelp:uddannelsesparat',
                                                      'jobafklaring',
                                                      'ressourceforloeb',
                                                      'revalidering'
                                                    ]
                                                    ELSE CAST(NULL AS TEXT[])
                                                  END,
                                                  "t62"."benefit"
                                                )
                                                OR ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t62"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                    THEN [
                                                      'kontanthjaelp:aktivitetsparat',
                                                      'kontanthjaelp:uddannelsesparat',
                                                      'uddannelseshjaelp:aktivitetsparat',
                                                      'uddannelseshjaelp:uddannelsesparat',
                                                      'jobafklaring',
                                                      'ressourceforloeb',
                                                      'revalidering'
                                                    ]
                                                    ELSE CAST(NULL AS TEXT[])
                                                  END,
                                                  "t62"."benefit" || ':' || COALESCE("t62"."target_group", '')
                                                ),
                                                FALSE
                                              ),
                                              FALSE
                                            ) AS "_end_unconfirmed",
                                            CAST(CAST("t62"."window_start" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                            DATE_DIFF(
                                              'DAY',
                                              "t62"."window_start",
                                              CAST(CAST("t62"."window_start" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t62"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE)
                                            ) AS "_needed"
                                          FROM (
                                            SELECT
                                              "t61"."person_id",
                                              "t61"."benefit",
                                              "t61"."_key" AS "start_date",
                                              CASE
                                                WHEN "t61"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t61"."_end"
                                              END AS "end_date",
                                              "t61"."first_contact_date",
                                              "t61"."target_group",
                                              "t61"."first_absence_date",
                                              "t61"."sickness_category",
                                              "t61"."employed",
                                              "t61"."handover_date",
                                              "t61"."expected_absence_weeks",
                                              "t61"."work_obligation",
                                              "t61"."municipality",
                                              "t61"."early_followup_request_date",
                                              "t61"."education_order",
                                              "t61"."periods",
                                              CASE
                                                WHEN COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t61"."_key" >= MAKE_DATE(2020, 1, 1)
                                                      THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                      ELSE CAST(NULL AS TEXT[])
                                                    END,
                                                    "t61"."benefit"
                                                  ),
                                                  FALSE
                                                )
                                                THEN COALESCE("t61"."first_contact_date", "t61"."_key")
                                                ELSE "t61"."_key"
                                              END AS "window_start"
                                            FROM (
                                              SELECT
                                                "t59"."person_id",
                                                "t59"."benefit",
                                                "t59"."_key",
                                                MAX("t59"."_end") AS "_end",
                                                COUNT(*) AS "periods",
                                                FIRST("t59"."first_contact_date" ORDER BY "t59"."start_date") AS "first_contact_date",
                                                FIRST("t59"."target_group" ORDER BY "t59"."start_date") AS "target_group",
                                                FIRST("t59"."first_absence_date" ORDER BY "t59"."start_date") AS "first_absence_date",
                                                FIRST("t59"."sickness_category" ORDER BY "t59"."start_date") AS "sickness_category",
                                                FIRST("t59"."employed" ORDER BY "t59"."start_date") AS "employed",
                                                FIRST("t59"."handover_date" ORDER BY "t59"."start_date") AS "handover_date",
                                                FIRST("t59"."expected_absence_weeks" ORDER BY "t59"."start_date") AS "expected_absence_weeks",
                                                FIRST("t59"."work_obligation" ORDER BY "t59"."start_date") AS "work_obligation",
                                                FIRST("t59"."municipality" ORDER BY "t59"."start_date") AS "municipality",
                                                MIN("t59"."early_followup_request_date") AS "early_followup_request_date",
                                                BOOL_OR(CAST(COALESCE("t59"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                              FROM "t58" AS "t59"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t61"
                                            WHERE
                                              "t61"."benefit" IN (
                                                'jobafklaring',
                                                'kontanthjaelp',
                                                'ledighedsydelse',
                                                'ressourceforloeb',
                                                'revalidering',
                                                'uddannelseshjaelp'
                                              )
                                          ) AS "t62"
                                        ) AS "t67"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t69"."person_id" AS "_ipid",
                                            "t69"."benefit" AS "_ibenefit",
                                            "t69"."start_date" AS "_istart",
                                            "t69"."i_start" AS "_i_start",
                                            "t69"."i_end" AS "_i_end",
                                            "t69"."cum_before" AS "_cum"
                                          FROM (
                                            SELECT
                                              "t68"."person_id",
                                              "t68"."benefit",
                                              "t68"."_key" AS "start_date",
                                              "t68"."i_start",
                                              "t68"."i_end",
                                              CAST(COALESCE(
                                                SUM("t68"."_len") OVER (
                                                  PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                  ORDER BY "t68"."i_start" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ),
                                                0
                                              ) AS INT) AS "cum_before"
                                            FROM (
                                              SELECT
                                                "t65"."person_id",
                                                "t65"."benefit",
                                                "t65"."_key",
                                                "t65"."_island",
                                                "t65"."i_start",
                                                "t65"."i_end",
                                                CASE
                                                  WHEN "t65"."i_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN 0
                                                  ELSE DATE_DIFF('DAY', "t65"."i_start", "t65"."i_end") + 1
                                                END AS "_len"
                                              FROM (
                                                SELECT
                                                  "t64"."person_id",
                                                  "t64"."benefit",
                                                  "t64"."_key",
                                                  "t64"."_island",
                                                  MIN("t64"."start_date") AS "i_start",
                                                  MAX("t64"."_end") AS "i_end"
                                                FROM (
                                                  SELECT
                                                    "t63"."person_id",
                                                    "t63"."benefit",
                                                    "t63"."start_date",
                                                    "t63"."_end",
                                                    "t63"."_key",
                                                    "t63"."_acc",
                                                    "t63"."first_contact_date",
                                                    "t63"."target_group",
                                                    "t63"."first_absence_date",
                                                    "t63"."sickness_category",
                                                    "t63"."employed",
                                                    "t63"."handover_date",
                                                    "t63"."expected_absence_weeks",
                                                    "t63"."work_obligation",
                                                    "t63"."municipality",
                                                    "t63"."early_followup_request_date",
                                                    "t63"."education_order",
                                                    "t63"."_new",
                                                    SUM("t63"."_new") OVER (
                                                      PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                      ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                    ) AS "_island"
                                                  FROM (
                                                    SELECT
                                                      "t60"."person_id",
                                                      "t60"."benefit",
                                                      "t60"."start_date",
                                                      "t60"."_end",
                                                      "t60"."_key",
                                                      "t60"."_acc",
                                                      "t60"."first_contact_date",
                                                      "t60"."target_group",
                                                      "t60"."first_absence_date",
                                                      "t60"."sickness_category",
                                                      "t60"."employed",
                                                      "t60"."handover_date",
                                                      "t60"."expected_absence_weeks",
                                                      "t60"."work_obligation",
                                                      "t60"."municipality",
                                                      "t60"."early_followup_request_date",
                                                      "t60"."education_order",
                                                      CASE
                                                        WHEN MAX("t60"."_end") OVER (
                                                          PARTITION BY "t60"."person_id", "t60"."benefit", "t60"."_key"
                                                          ORDER BY "t60"."start_date" ASC, "t60"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) IS NULL
                                                        THEN 1
                                                        WHEN "t60"."start_date" > CAST(CAST(MAX("t60"."_end") OVER (
                                                          PARTITION BY "t60"."person_id", "t60"."benefit", "t60"."_key"
                                                          ORDER BY "t60"."start_date" ASC, "t60"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                        THEN 1
                                                        ELSE 0
                                                      END AS "_new"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM "t58" AS "t59"
                                                      WHERE
                                                        "t59"."_acc"
                                                    ) AS "t60"
                                                  ) AS "t63"
                                                ) AS "t64"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3,
                                                  4
                                              ) AS "t65"
                                            ) AS "t68"
                                          ) AS "t69"
                                        ) AS "t71"
                                          ON "t67"."person_id" = "t71"."_ipid"
                                          AND "t67"."benefit" = "t71"."_ibenefit"
                                          AND "t67"."start_date" = "t71"."_istart"
                                          AND "t71"."_cum" < "t67"."_needed"
                                          AND (
                                            (
                                              "t71"."_i_end" = MAKE_DATE(9999, 12, 31)
                                            )
                                            OR (
                                              (
                                                "t71"."_cum" + DATE_DIFF('DAY', "t71"."_i_start", "t71"."_i_end") + 1
                                              ) >= "t67"."_needed"
                                            )
                                          )
                                      ) AS "t72"
                                    ) AS "t73"
                                  ) AS "t74"
                                ) AS "t75"
                              ) AS "t76"
                            ) AS "t79"
                            INNER JOIN (
                              SELECT
                                "t0"."person_id" AS "_pid",
                                "t0"."start_date" AS "_ex_start",
                                "t0"."end_date" AS "_ex_end",
                                "t0"."reason" AS "_ex_reason"
                              FROM "exemptions" AS "t0"
                              WHERE
                                "t0"."start_date" <= CAST($as_of AS DATE)
                            ) AS "t5"
                              ON "t79"."person_id" = "t5"."_pid"
                              AND "t5"."_ex_start" <= "t79"."_to"
                              AND "t5"."_ex_end" >= "t79"."_from"
                          ) AS "t80"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t82"
                          ON "t77"."person_id" = "t82"."person_id"
                          AND "t77"."benefit" = "t82"."benefit"
                          AND "t77"."start_date" = "t82"."start_date"
                      ) AS "t83"
                    ) AS "t84"
                  ) AS "t91"
                    ON "t93"."person_id" = "t91"."person_id"
                    AND "t93"."benefit" = "t91"."benefit"
                    AND "t93"."start_date" = "t91"."start_date"
                ) AS "t94"
              ) AS "t95"
              WHERE
                "t95"."_rank" < "t95"."_n"
            ) AS "t96"
            GROUP BY
              1,
              2,
              3
          ) AS "t97"
        ) AS "t98"
      ) AS "t100"
        ON "t90"."person_id" = "t100"."person_id"
        AND "t90"."benefit" = "t100"."benefit"
        AND "t90"."start_date" = "t100"."start_date"
    ) AS "t101"
  ) AS "t102"
) AS "t103"
