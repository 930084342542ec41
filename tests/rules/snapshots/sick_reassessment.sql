WITH "t10" AS (
  SELECT
    "t9"."person_id",
    "t9"."benefit",
    "t9"."start_date",
    "t9"."target_group",
    "t9"."early_followup_request_date",
    "t9"."education_order",
    "t9"."_rid",
    "t9"."_end",
    "t9"."_acc",
    "t9"."_switch",
    "t9"."_run",
    "t9"."_new",
    MAX(CASE WHEN "t9"."_new" = 1 THEN "t9"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t9"."person_id"
      ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
  FROM (
    SELECT
      "t8"."person_id",
      "t8"."benefit",
      "t8"."start_date",
      "t8"."target_group",
      "t8"."early_followup_request_date",
      "t8"."education_order",
      "t8"."_rid",
      "t8"."_end",
      "t8"."_acc",
      "t8"."_switch",
      "t8"."_run",
      CASE
        WHEN (
          "t8"."_switch" = 1
        )
        OR (
          (
            MAX("t8"."_end") OVER (
              PARTITION BY "t8"."person_id", "t8"."_run"
              ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t8"."_end") OVER (
              PARTITION BY "t8"."person_id", "t8"."_run"
              ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t8"."start_date" > CAST(CAST(MAX("t8"."_end") OVER (
              PARTITION BY "t8"."person_id", "t8"."_run"
              ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t8"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t8"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t8"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t8"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t8"."_end") OVER (
                    PARTITION BY "t8"."person_id", "t8"."_run"
                    ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t8"."_end") OVER (
                    PARTITION BY "t8"."person_id", "t8"."_run"
                    ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t8"."_end") OVER (
                      PARTITION BY "t8"."person_id", "t8"."_run"
                      ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t8"."start_date" >= MAKE_DATE(2020, 1, 1)
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
              WHEN "t8"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t8"."target_group") OVER (
              PARTITION BY "t8"."person_id", "t8"."_run"
              ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || CASE
              WHEN "t8"."target_group" IS NULL
              THEN NULL
              ELSE CONCAT('>', "t8"."target_group")
            END
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
      SELECT
        "t7"."person_id",
        "t7"."benefit",
        "t7"."start_date",
        "t7"."target_group",
        "t7"."early_followup_request_date",
        "t7"."education_order",
        "t7"."_rid",
        "t7"."_end",
        "t7"."_acc",
        "t7"."_switch",
        SUM("t7"."_switch") OVER (
          PARTITION BY "t7"."person_id"
          ORDER BY "t7"."start_date" ASC, "t7"."benefit" ASC, "t7"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
      FROM (
        SELECT
          "t6"."person_id",
          "t6"."benefit",
          "t6"."start_date",
          "t6"."target_group",
          "t6"."early_followup_request_date",
          "t6"."education_order",
          "t6"."_rid",
          "t6"."_end",
          "t6"."_acc",
          CASE
            WHEN LAG("t6"."benefit") OVER (
              PARTITION BY "t6"."person_id"
              ORDER BY "t6"."start_date" ASC, "t6"."benefit" ASC, "t6"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t6"."benefit") OVER (
              PARTITION BY "t6"."person_id"
              ORDER BY "t6"."start_date" ASC, "t6"."benefit" ASC, "t6"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t6"."benefit"
            THEN 1
            ELSE 0
          END AS "_switch"
        FROM (
          SELECT
            "t1"."person_id",
            "t1"."benefit",
            "t1"."start_date",
            "t1"."target_group",
            "t1"."early_followup_request_date",
            "t1"."education_order",
            "t1"."rowid" AS "_rid",
            CASE
              WHEN (
                "t1"."end_date" IS NULL
              ) OR (
                "t1"."end_date" > CAST($as_of AS DATE)
              )
              THEN MAKE_DATE(9999, 12, 31)
              ELSE "t1"."end_date"
            END AS "_end",
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t1"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['dagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t1"."benefit"
              ),
              FALSE
            ) AS "_acc"
          FROM "benefit_periods" AS "t1"
          WHERE
            "t1"."start_date" <= CAST($as_of AS DATE)
        ) AS "t6"
      ) AS "t7"
    ) AS "t8"
  ) AS "t9"
), "t12" AS (
  SELECT
    *
  FROM "t10" AS "t11"
  WHERE
    "t11"."_acc"
), "t16" AS (
  SELECT
    "t14"."person_id",
    "t14"."benefit",
    MIN("t14"."start_date") AS "c1"
  FROM "t12" AS "t14"
  GROUP BY
    1,
    2
), "t25" AS (
  SELECT
    "t24"."person_id",
    "t24"."benefit",
    "t24"."c1",
    "t24"."c2"
  FROM (
    SELECT
      "t18"."person_id",
      "t18"."benefit",
      "t18"."c1",
      "t23"."person_id" AS "person_id_right",
      "t23"."benefit" AS "benefit_right",
      "t23"."c2"
    FROM "t16" AS "t18"
    LEFT OUTER JOIN (
      SELECT
        "t21"."person_id",
        "t21"."benefit",
        MIN("t21"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t15"."person_id",
            "t15"."benefit",
            "t15"."start_date",
            "t15"."target_group",
            "t15"."early_followup_request_date",
            "t15"."education_order",
            "t15"."_rid",
            "t15"."_end",
            "t15"."_acc",
            "t15"."_switch",
            "t15"."_run",
            "t15"."_new",
            "t15"."_spell_start",
            "t19"."c1"
          FROM "t12" AS "t15"
          INNER JOIN "t16" AS "t19"
            ON "t15"."person_id" = "t19"."person_id" AND "t15"."benefit" = "t19"."benefit"
        ) AS "t20"
        WHERE
          "t20"."start_date" >= CAST(CAST("t20"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t20"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t21"
      GROUP BY
        1,
        2
    ) AS "t23"
      ON "t18"."person_id" = "t23"."person_id" AND "t18"."benefit" = "t23"."benefit"
  ) AS "t24"
), "t34" AS (
  SELECT
    "t33"."person_id",
    "t33"."benefit",
    "t33"."c1",
    "t33"."c2",
    "t33"."c3"
  FROM (
    SELECT
      "t27"."person_id",
      "t27"."benefit",
      "t27"."c1",
      "t27"."c2",
      "t32"."person_id" AS "person_id_right",
      "t32"."benefit" AS "benefit_right",
      "t32"."c3"
    FROM "t25" AS "t27"
    LEFT OUTER JOIN (
      SELECT
        "t30"."person_id",
        "t30"."benefit",
        MIN("t30"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t15"."person_id",
            "t15"."benefit",
            "t15"."start_date",
            "t15"."target_group",
            "t15"."early_followup_request_date",
            "t15"."education_order",
            "t15"."_rid",
            "t15"."_end",
            "t15"."_acc",
            "t15"."_switch",
            "t15"."_run",
            "t15"."_new",
            "t15"."_spell_start",
            "t28"."c1",
            "t28"."c2"
          FROM "t12" AS "t15"
          INNER JOIN "t25" AS "t28"
            ON "t15"."person_id" = "t28"."person_id" AND "t15"."benefit" = "t28"."benefit"
        ) AS "t29"
        WHERE
          "t29"."start_date" >= CAST(CAST("t29"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t29"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t30"
      GROUP BY
        1,
        2
    ) AS "t32"
      ON "t27"."person_id" = "t32"."person_id" AND "t27"."benefit" = "t32"."benefit"
  ) AS "t33"
), "t60" AS (
  SELECT
    "t59"."person_id",
    "t59"."benefit",
    "t59"."_key" AS "start_date",
    CASE
      WHEN "t59"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t59"."_end"
    END AS "end_date",
    "t4"."first_contact_date",
    "t4"."target_group",
    "t4"."first_absence_date",
    "t4"."sickness_category",
    "t4"."employed",
    "t4"."handover_date",
    "t4"."expected_absence_weeks",
    "t4"."work_obligation",
    "t4"."municipality",
    "t59"."early_followup_request_date",
    "t59"."education_order",
    "t59"."periods"
  FROM (
    SELECT
      "t57"."person_id",
      "t57"."benefit",
      "t57"."_key",
      MAX("t57"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t57"."_rid" ORDER BY "t57"."start_date") AS "_first",
      MIN("t57"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t57"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t11"."person_id",
          "t11"."benefit",
          "t11"."start_date",
          "t11"."_end",
          "t11"."_spell_start" AS "_key",
          "t11"."_acc",
          "t11"."_rid",
          "t11"."early_followup_request_date",
          "t11"."education_order"
        FROM "t10" AS "t11"
        WHERE
          NOT (
            "t11"."_acc"
          )
      ) AS "t13"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t55"."person_id",
          "t55"."benefit",
          "t55"."start_date",
          "t55"."_end",
          "t55"."_key",
          "t55"."_acc",
          "t55"."_rid",
          "t55"."early_followup_request_date",
          "t55"."education_order"
        FROM (
          SELECT
            "t54".*
            EXCLUDE ("c1", "c2", "c3", "c4", "c5")
          FROM (
            SELECT
              "t53"."person_id",
              "t53"."benefit",
              "t53"."start_date",
              "t53"."target_group",
              "t53"."early_followup_request_date",
              "t53"."education_order",
              "t53"."_rid",
              "t53"."_end",
              "t53"."_acc",
              "t53"."_switch",
              "t53"."_run",
              "t53"."_new",
              "t53"."_spell_start",
              "t53"."c1",
              "t53"."c2",
              "t53"."c3",
              "t53"."c4",
              "t53"."c5",
              GREATEST(
                CASE
                  WHEN "t53"."c1" <= "t53"."start_date"
                  THEN "t53"."c1"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t53"."c2" <= "t53"."start_date"
                  THEN "t53"."c2"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t53"."c3" <= "t53"."start_date"
                  THEN "t53"."c3"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t53"."c4" <= "t53"."start_date"
                  THEN "t53"."c4"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t53"."c5" <= "t53"."start_date"
                  THEN "t53"."c5"
                  ELSE CAST(NULL AS DATE)
                END
              ) AS "_key"
            FROM (
              SELECT
                "t15"."person_id",
                "t15"."benefit",
                "t15"."start_date",
                "t15"."target_group",
                "t15"."early_followup_request_date",
                "t15"."education_order",
                "t15"."_rid",
                "t15"."_end",
                "t15"."_acc",
                "t15"."_switch",
                "t15"."_run",
                "t15"."_new",
                "t15"."_spell_start",
                "t52"."c1",
                "t52"."c2",
                "t52"."c3",
                "t52"."c4",
                "t52"."c5"
              FROM "t12" AS "t15"
              INNER JOIN (
                SELECT
                  "t50".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t44"."person_id",
                    "t44"."benefit",
                    "t44"."c1",
                    "t44"."c2",
                    "t44"."c3",
                    "t44"."c4",
                    "t49"."person_id" AS "person_id_right",
                    "t49"."benefit" AS "benefit_right",
                    "t49"."c5"
                  FROM (
                    SELECT
                      "t42".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t36"."person_id",
                        "t36"."benefit",
                        "t36"."c1",
                        "t36"."c2",
                        "t36"."c3",
                        "t41"."person_id" AS "person_id_right",
                        "t41"."benefit" AS "benefit_right",
                        "t41"."c4"
                      FROM "t34" AS "t36"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."person_id",
                          "t39"."benefit",
                          MIN("t39"."start_date") AS "c4"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t15"."person_id",
                              "t15"."benefit",
                              "t15"."start_date",
                              "t15"."target_group",
                              "t15"."early_followup_request_date",
                              "t15"."education_order",
                              "t15"."_rid",
                              "t15"."_end",
                              "t15"."_acc",
                              "t15"."_switch",
                              "t15"."_run",
                              "t15"."_new",
                              "t15"."_spell_start",
                              "t37"."c1",
                              "t37"."c2",
                              "t37"."c3"
                            FROM "t12" AS "t15"
                            INNER JOIN "t34" AS "t37"
                              ON "t15"."person_id" = "t37"."person_id" AND "t15"."benefit" = "t37"."benefit"
                          ) AS "t38"
                          WHERE
                            "t38"."start_date" >= CAST(CAST("t38"."c3" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t38"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t39"
                        GROUP BY
                          1,
                          2
                      ) AS "t41"
                        ON "t36"."person_id" = "t41"."person_id" AND "t36"."benefit" = "t41"."benefit"
                    ) AS "t42"
                  ) AS "t44"
                  LEFT OUTER JOIN (
                    SELECT
                      "t47"."person_id",
                      "t47"."benefit",
                      MIN("t47"."start_date") AS "c5"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t15"."person_id",
                          "t15"."benefit",
                          "t15"."start_date",
                          "t15"."target_group",
                          "t15"."early_followup_request_date",
                          "t15"."education_order",
                          "t15"."_rid",
                          "t15"."_end",
                          "t15"."_acc",
                          "t15"."_switch",
                          "t15"."_run",
                          "t15"."_new",
                          "t15"."_spell_start",
                          "t45"."c1",
                          "t45"."c2",
                          "t45"."c3",
                          "t45"."c4"
                        FROM "t12" AS "t15"
                        INNER JOIN (
                          SELECT
                            "t42".*
                            EXCLUDE ("benefit_right", "person_id_right")
                          FROM (
                            SELECT
                              "t36"."person_id",
                              "t36"."benefit",
                              "t36"."c1",
                              "t36"."c2",
                              "t36"."c3",
                              "t41"."person_id" AS "person_id_right",
                              "t41"."benefit" AS "benefit_right",
                              "t41"."c4"
                            FROM "t34" AS "t36"
                            LEFT OUTER JOIN (
                              SELECT
                                "t39"."person_id",
                                "t39"."benefit",
                                MIN("t39"."start_date") AS "c4"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t15"."person_id",
                                    "t15"."benefit",
                                    "t15"."start_date",
                                    "t15"."target_group",
                                    "t15"."early_followup_request_date",
                                    "t15"."education_order",
                                    "t15"."_rid",
                                    "t15"."_end",
                                    "t15"."_acc",
                                    "t15"."_switch",
                                    "t15"."_run",
                                    "t15"."_new",
                                    "t15"."_spell_start",
                                    "t37"."c1",
                                    "t37"."c2",
                                    "t37"."c3"
                                  FROM "t12" AS "t15"
                                  INNER JOIN "t34" AS "t37"
                                    ON "t15"."person_id" = "t37"."person_id" AND "t15"."benefit" = "t37"."benefit"
                                ) AS "t38"
                                WHERE
                                  "t38"."start_date" >= CAST(CAST("t38"."c3" + TO_MONTHS(
                                    COALESCE(
                                      CASE WHEN "t38"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                              ) AS "t39"
                              GROUP BY
                                1,
                                2
                            ) AS "t41"
                              ON "t36"."person_id" = "t41"."person_id" AND "t36"."benefit" = "t41"."benefit"
                          ) AS "t42"
                        ) AS "t45"
                          ON "t15"."person_id" = "t45"."person_id" AND "t15"."benefit" = "t45"."benefit"
                      ) AS "t46"
                      WHERE
                        "t46"."start_date" >= CAST(CAST("t46"."c4" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t46"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t47"
                    GROUP BY
                      1,
                      2
                  ) AS "t49"
                    ON "t44"."person_id" = "t49"."person_id" AND "t44"."benefit" = "t49"."benefit"
                ) AS "t50"
              ) AS "t52"
                ON "t15"."person_id" = "t52"."person_id" AND "t15"."benefit" = "t52"."benefit"
            ) AS "t53"
          ) AS "t54"
        ) AS "t55"
      ) AS "t56"
    ) AS "t57"
    GROUP BY
      1,
      2,
      3
  ) AS "t59"
  INNER JOIN (
    SELECT
      "t1"."rowid" AS "_frid",
      "t1"."first_contact_date",
      "t1"."target_group",
      "t1"."first_absence_date",
      "t1"."sickness_category",
      "t1"."employed",
      "t1"."handover_date",
      "t1"."expected_absence_weeks",
      "t1"."work_obligation",
      "t1"."municipality"
    FROM "benefit_periods" AS "t1"
  ) AS "t4"
    ON "t59"."_first" = "t4"."_frid"
), "t65" AS (
  SELECT
    "t61"."person_id",
    "t61"."benefit",
    "t61"."start_date",
    "t61"."end_date",
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
    COALESCE("t61"."first_absence_date", "t61"."start_date") AS "window_start",
    CASE
      WHEN COALESCE("t61"."first_absence_date", "t61"."start_date") >= MAKE_DATE(2014, 7, 1)
      THEN 22
      ELSE CAST(NULL AS BIGINT)
    END AS "_weeks",
    CASE
      WHEN COALESCE("t61"."employed", FALSE)
      THEN CAST(CAST(COALESCE("t61"."first_absence_date", "t61"."start_date") + TO_DAYS(
        COALESCE(
          CASE
            WHEN COALESCE("t61"."first_absence_date", "t61"."start_date") >= MAKE_DATE(2014, 7, 1)
            THEN 30
            ELSE CAST(NULL AS BIGINT)
          END,
          0
        )
      ) AS TIMESTAMP) AS DATE)
      ELSE COALESCE("t61"."first_absence_date", "t61"."start_date")
    END AS "count_start"
  FROM "t60" AS "t61"
  WHERE
    "t61"."benefit" IN ('sygedagpenge')
)
SELECT
  "t86"."person_id",
  "t86"."benefit",
  'sick_reassessment' AS "kind",
  'sick_reassessment' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t86"."window_start" >= MAKE_DATE(2014, 7, 1)
    THEN 'Sygedagpengeloven § 24, stk. 1 (ændringslov nr. 720 af 25.6.2014)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t86"."window_start",
  CASE
    WHEN COALESCE("t86"."is_applicable", FALSE)
    THEN "t86"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t86"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t86"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t86"."fulfilled_date" <= "t86"."due_date"
    )
    THEN 'met'
    WHEN "t86"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t86"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t86"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t86"."is_applicable", FALSE)
    THEN "t86"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t86"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t86"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t86"."fulfilled_date" > "t86"."due_date"
    )
    THEN DATE_DIFF('DAY', "t86"."due_date", "t86"."fulfilled_date")
    WHEN NOT (
      "t86"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t86"."is_exempt", FALSE)
    )
    AND (
      "t86"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t86"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t86"."is_applicable", FALSE)
              THEN "t86"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t86"."window_start"
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
              WHEN COALESCE("t86"."is_applicable", FALSE)
              THEN "t86"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t86"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_reassessment'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t86"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t85"."person_id",
    "t85"."benefit",
    "t85"."start_date",
    "t85"."end_date",
    "t85"."first_contact_date",
    "t85"."target_group",
    "t85"."first_absence_date",
    "t85"."sickness_category",
    "t85"."employed",
    "t85"."handover_date",
    "t85"."expected_absence_weeks",
    "t85"."work_obligation",
    "t85"."municipality",
    "t85"."early_followup_request_date",
    "t85"."education_order",
    "t85"."periods",
    "t85"."window_start",
    "t85"."_weeks",
    "t85"."count_start",
    "t85"."earlier_days",
    "t85"."exceeded",
    "t85"."due_date",
    "t85"."fulfilled_date",
    "t85"."held_text",
    (
      "t85"."_weeks" IS NOT NULL
    )
    AND NOT (
      (
        "t85"."end_date" IS NOT NULL
      ) AND (
        "t85"."end_date" < "t85"."exceeded"
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t85"."_weeks" IS NULL
      THEN 'reglen var ikke i kraft på første fraværsdag'
      WHEN (
        "t85"."end_date" IS NOT NULL
      ) AND (
        "t85"."end_date" < "t85"."exceeded"
      )
      THEN CASE
        WHEN CAST("t85"."end_date" AS TEXT) IS NULL OR CAST("t85"."exceeded" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'sygedagpengeforløbet sluttede ',
          CAST("t85"."end_date" AS TEXT),
          ', før 22 uger blev overskredet ',
          CAST("t85"."exceeded" AS TEXT)
        )
      END
      WHEN "t85"."fulfilled_date" IS NOT NULL
      THEN CASE
        WHEN "t85"."held_text" IS NULL
        OR CAST("t85"."exceeded" AS TEXT) IS NULL
        OR CAST("t85"."count_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          "t85"."held_text",
          '; ',
          '22 uger overskrides ',
          CAST("t85"."exceeded" AS TEXT),
          ' (opgjort fra ',
          CAST("t85"."count_start" AS TEXT)
        )
      END || CASE
        WHEN "t85"."earlier_days" > 0
        THEN CASE
          WHEN CAST("t85"."earlier_days" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            ', heraf ',
            CAST("t85"."earlier_days" AS TEXT),
            ' dage fra tidligere sygeperioder inden for '
          )
        END || CAST(CASE
          WHEN "t85"."window_start" >= MAKE_DATE(2014, 7, 1)
          THEN 9
          ELSE CAST(NULL AS BIGINT)
        END AS TEXT) || ' måneder'
        ELSE ''
      END || CASE
        WHEN CAST("t85"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('); udbetalingen ophører efter ', CAST("t85"."due_date" AS TEXT))
      END
      ELSE CASE
        WHEN CAST("t85"."exceeded" AS TEXT) IS NULL
        OR CAST("t85"."count_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'ingen revurdering; ',
          '22 uger overskrides ',
          CAST("t85"."exceeded" AS TEXT),
          ' (opgjort fra ',
          CAST("t85"."count_start" AS TEXT)
        )
      END || CASE
        WHEN "t85"."earlier_days" > 0
        THEN CASE
          WHEN CAST("t85"."earlier_days" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            ', heraf ',
            CAST("t85"."earlier_days" AS TEXT),
            ' dage fra tidligere sygeperioder inden for '
          )
        END || CAST(CASE
          WHEN "t85"."window_start" >= MAKE_DATE(2014, 7, 1)
          THEN 9
          ELSE CAST(NULL AS BIGINT)
        END AS TEXT) || ' måneder'
        ELSE ''
      END || CASE
        WHEN CAST("t85"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('); udbetalingen ophører efter ', CAST("t85"."due_date" AS TEXT))
      END
    END AS "evidence"
  FROM (
    SELECT
      "t84".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t83"."person_id",
        "t83"."benefit",
        "t83"."start_date",
        "t83"."end_date",
        "t83"."first_contact_date",
        "t83"."target_group",
        "t83"."first_absence_date",
        "t83"."sickness_category",
        "t83"."employed",
        "t83"."handover_date",
        "t83"."expected_absence_weeks",
        "t83"."work_obligation",
        "t83"."municipality",
        "t83"."early_followup_request_date",
        "t83"."education_order",
        "t83"."periods",
        "t83"."window_start",
        "t83"."_weeks",
        "t83"."count_start",
        "t83"."earlier_days",
        "t83"."exceeded",
        "t83"."due_date",
        "t70"."person_id" AS "person_id_right",
        "t70"."benefit" AS "benefit_right",
        "t70"."start_date" AS "start_date_right",
        "t70"."fulfilled_date",
        "t70"."held_text"
      FROM (
        SELECT
          "t81"."person_id",
          "t81"."benefit",
          "t81"."start_date",
          "t81"."end_date",
          "t81"."first_contact_date",
          "t81"."target_group",
          "t81"."first_absence_date",
          "t81"."sickness_category",
          "t81"."employed",
          "t81"."handover_date",
          "t81"."expected_absence_weeks",
          "t81"."work_obligation",
          "t81"."municipality",
          "t81"."early_followup_request_date",
          "t81"."education_order",
          "t81"."periods",
          "t81"."window_start",
          "t81"."_weeks",
          "t81"."count_start",
          "t81"."earlier_days",
          CAST(CAST("t81"."count_start" + TO_DAYS((
            COALESCE("t81"."_weeks", 0) * 7
          ) - "t81"."earlier_days") AS TIMESTAMP) AS DATE) AS "exceeded",
          CAST(CAST(CAST(CAST(DATE_TRUNC(
            'MONTH',
            CAST(CAST("t81"."count_start" + TO_DAYS((
              COALESCE("t81"."_weeks", 0) * 7
            ) - "t81"."earlier_days") AS TIMESTAMP) AS DATE)
          ) + TO_MONTHS(
            CASE
              WHEN CASE
                WHEN "t81"."window_start" >= MAKE_DATE(2014, 7, 1)
                THEN 'current_month_included'
                ELSE CAST(NULL AS TEXT)
              END = 'preceding_months_only'
              THEN 1
              ELSE 0
            END + 1
          ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t80".*
            EXCLUDE ("_from")
          FROM (
            SELECT
              "t79"."person_id",
              "t79"."benefit",
              "t79"."start_date",
              "t79"."end_date",
              "t79"."first_contact_date",
              "t79"."target_group",
              "t79"."first_absence_date",
              "t79"."sickness_category",
              "t79"."employed",
              "t79"."handover_date",
              "t79"."expected_absence_weeks",
              "t79"."work_obligation",
              "t79"."municipality",
              "t79"."early_followup_request_date",
              "t79"."education_order",
              "t79"."periods",
              "t79"."window_start",
              "t79"."_weeks",
              "t79"."count_start",
              "t79"."_from",
              CAST(COALESCE("t79"."earlier_days", 0) AS INT) AS "earlier_days"
            FROM (
              SELECT
                "t78".*
                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
              FROM (
                SELECT
                  "t73"."person_id",
                  "t73"."benefit",
                  "t73"."start_date",
                  "t73"."end_date",
                  "t73"."first_contact_date",
                  "t73"."target_group",
                  "t73"."first_absence_date",
                  "t73"."sickness_category",
                  "t73"."employed",
                  "t73"."handover_date",
                  "t73"."expected_absence_weeks",
                  "t73"."work_obligation",
                  "t73"."municipality",
                  "t73"."early_followup_request_date",
                  "t73"."education_order",
                  "t73"."periods",
                  "t73"."window_start",
                  "t73"."_weeks",
                  "t73"."count_start",
                  "t73"."_from",
                  "t77"."person_id" AS "person_id_right",
                  "t77"."benefit" AS "benefit_right",
                  "t77"."start_date" AS "start_date_right",
                  "t77"."earlier_days"
                FROM (
                  SELECT
                    "t66"."person_id",
                    "t66"."benefit",
                    "t66"."start_date",
                    "t66"."end_date",
                    "t66"."first_contact_date",
                    "t66"."target_group",
                    "t66"."first_absence_date",
                    "t66"."sickness_category",
                    "t66"."employed",
                    "t66"."handover_date",
                    "t66"."expected_absence_weeks",
                    "t66"."work_obligation",
                    "t66"."municipality",
                    "t66"."early_followup_request_date",
                    "t66"."education_order",
                    "t66"."periods",
                    "t66"."window_start",
                    "t66"."_weeks",
                    "t66"."count_start",
                    CAST(CAST(DATE_TRUNC('MONTH', "t66"."count_start") + TO_MONTHS(
                      -(
                        COALESCE(
                          CASE
                            WHEN "t66"."window_start" >= MAKE_DATE(2014, 7, 1)
                            THEN 9
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_from"
                  FROM "t65" AS "t66"
                ) AS "t73"
                LEFT OUTER JOIN (
                  SELECT
                    "t75"."person_id",
                    "t75"."benefit",
                    "t75"."start_date",
                    SUM(
                      CASE
                        WHEN LEAST("t75"."_end", CAST(CAST("t75"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE)) >= GREATEST("t75"."_cs", "t75"."_from")
                        THEN DATE_DIFF(
                          'DAY',
                          GREATEST("t75"."_cs", "t75"."_from"),
                          LEAST("t75"."_end", CAST(CAST("t75"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE))
                        ) + 1
                        ELSE 0
                      END
                    ) AS "earlier_days"
                  FROM (
                    SELECT
                      "t74"."person_id",
                      "t74"."benefit",
                      "t74"."start_date",
                      "t74"."_from",
                      "t74"."_cs_now",
                      "t74"."_adds",
                      "t69"."_pid",
                      "t69"."_cs",
                      "t69"."_ws2",
                      "t69"."_end"
                    FROM (
                      SELECT
                        "t66"."person_id",
                        "t66"."benefit",
                        "t66"."start_date",
                        CAST(CAST(DATE_TRUNC('MONTH', "t66"."count_start") + TO_MONTHS(
                          -(
                            COALESCE(
                              CASE
                                WHEN "t66"."window_start" >= MAKE_DATE(2014, 7, 1)
                                THEN 9
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          )
                        ) AS TIMESTAMP) AS DATE) AS "_from",
                        "t66"."count_start" AS "_cs_now",
                        COALESCE(
                          CASE
                            WHEN "t66"."window_start" >= MAKE_DATE(2014, 7, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        ) AS "_adds"
                      FROM "t65" AS "t66"
                    ) AS "t74"
                    INNER JOIN (
                      SELECT
                        "t66"."person_id" AS "_pid",
                        "t66"."count_start" AS "_cs",
                        "t66"."window_start" AS "_ws2",
                        "t66"."end_date" AS "_end"
                      FROM "t65" AS "t66"
                      WHERE
                        "t66"."end_date" IS NOT NULL
                    ) AS "t69"
                      ON "t74"."person_id" = "t69"."_pid"
                      AND "t69"."_ws2" < "t74"."start_date"
                      AND "t69"."_end" >= "t74"."_from"
                      AND "t74"."_adds"
                  ) AS "t75"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t77"
                  ON "t73"."person_id" = "t77"."person_id"
                  AND "t73"."benefit" = "t77"."benefit"
                  AND "t73"."start_date" = "t77"."start_date"
              ) AS "t78"
            ) AS "t79"
          ) AS "t80"
        ) AS "t81"
      ) AS "t83"
      LEFT OUTER JOIN (
        SELECT
          "t64"."person_id",
          "t64"."benefit",
          "t64"."start_date",
          MIN("t64"."date") AS "fulfilled_date",
          'revurdering ' || CAST(MIN("t64"."date") AS TEXT) || ' (' || FIRST("t64"."outcome" ORDER BY "t64"."date") || ')' AS "held_text"
        FROM (
          SELECT
            "t63"."person_id",
            "t63"."benefit",
            "t63"."start_date",
            "t63"."_ws",
            "t5"."person_id" AS "person_id_right",
            "t5"."date",
            "t5"."outcome"
          FROM (
            SELECT
              "t61"."person_id",
              "t61"."benefit",
              "t61"."start_date",
              COALESCE("t61"."first_absence_date", "t61"."start_date") AS "_ws"
            FROM "t60" AS "t61"
            WHERE
              "t61"."benefit" IN ('sygedagpenge')
          ) AS "t63"
          INNER JOIN (
            SELECT
              *
            FROM "reassessments" AS "t0"
            WHERE
              "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t5"
            ON "t63"."person_id" = "t5"."person_id" AND "t5"."date" >= "t63"."_ws"
        ) AS "t64"
        GROUP BY
          1,
          2,
          3
      ) AS "t70"
        ON "t83"."person_id" = "t70"."person_id"
        AND "t83"."benefit" = "t70"."benefit"
        AND "t83"."start_date" = "t70"."start_date"
    ) AS "t84"
  ) AS "t85"
) AS "t86"
