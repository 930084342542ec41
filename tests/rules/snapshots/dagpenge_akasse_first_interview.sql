WITH "t14" AS (
  SELECT
    "t13"."person_id",
    "t13"."benefit",
    "t13"."start_date",
    "t13"."target_group",
    "t13"."early_followup_request_date",
    "t13"."education_order",
    "t13"."_rid",
    "t13"."_end",
    "t13"."_acc",
    "t13"."_switch",
    "t13"."_run",
    "t13"."_new",
    MAX(CASE WHEN "t13"."_new" = 1 THEN "t13"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t13"."person_id"
      ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
  FROM (
    SELECT
      "t12"."person_id",
      "t12"."benefit",
      "t12"."start_date",
      "t12"."target_group",
      "t12"."early_followup_request_date",
      "t12"."education_order",
      "t12"."_rid",
      "t12"."_end",
      "t12"."_acc",
      "t12"."_switch",
      "t12"."_run",
      CASE
        WHEN (
          "t12"."_switch" = 1
        )
        OR (
          (
            MAX("t12"."_end") OVER (
              PARTITION BY "t12"."person_id", "t12"."_run"
              ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t12"."_end") OVER (
              PARTITION BY "t12"."person_id", "t12"."_run"
              ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t12"."start_date" > CAST(CAST(MAX("t12"."_end") OVER (
              PARTITION BY "t12"."person_id", "t12"."_run"
              ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t12"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t12"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t12"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t12"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t12"."_end") OVER (
                    PARTITION BY "t12"."person_id", "t12"."_run"
                    ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t12"."_end") OVER (
                    PARTITION BY "t12"."person_id", "t12"."_run"
                    ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t12"."_end") OVER (
                      PARTITION BY "t12"."person_id", "t12"."_run"
                      ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t12"."start_date" >= MAKE_DATE(2020, 1, 1)
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
              WHEN "t12"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t12"."target_group") OVER (
              PARTITION BY "t12"."person_id", "t12"."_run"
              ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || CASE
              WHEN "t12"."target_group" IS NULL
              THEN NULL
              ELSE CONCAT('>', "t12"."target_group")
            END
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
      SELECT
        "t11"."person_id",
        "t11"."benefit",
        "t11"."start_date",
        "t11"."target_group",
        "t11"."early_followup_request_date",
        "t11"."education_order",
        "t11"."_rid",
        "t11"."_end",
        "t11"."_acc",
        "t11"."_switch",
        SUM("t11"."_switch") OVER (
          PARTITION BY "t11"."person_id"
          ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
      FROM (
        SELECT
          "t10"."person_id",
          "t10"."benefit",
          "t10"."start_date",
          "t10"."target_group",
          "t10"."early_followup_request_date",
          "t10"."education_order",
          "t10"."_rid",
          "t10"."_end",
          "t10"."_acc",
          CASE
            WHEN LAG("t10"."benefit") OVER (
              PARTITION BY "t10"."person_id"
              ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t10"."benefit") OVER (
              PARTITION BY "t10"."person_id"
              ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t10"."benefit"
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
        ) AS "t10"
      ) AS "t11"
    ) AS "t12"
  ) AS "t13"
), "t16" AS (
  SELECT
    *
  FROM "t14" AS "t15"
  WHERE
    "t15"."_acc"
), "t20" AS (
  SELECT
    "t18"."person_id",
    "t18"."benefit",
    MIN("t18"."start_date") AS "c1"
  FROM "t16" AS "t18"
  GROUP BY
    1,
    2
), "t29" AS (
  SELECT
    "t28"."person_id",
    "t28"."benefit",
    "t28"."c1",
    "t28"."c2"
  FROM (
    SELECT
      "t22"."person_id",
      "t22"."benefit",
      "t22"."c1",
      "t27"."person_id" AS "person_id_right",
      "t27"."benefit" AS "benefit_right",
      "t27"."c2"
    FROM "t20" AS "t22"
    LEFT OUTER JOIN (
      SELECT
        "t25"."person_id",
        "t25"."benefit",
        MIN("t25"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t19"."person_id",
            "t19"."benefit",
            "t19"."start_date",
            "t19"."target_group",
            "t19"."early_followup_request_date",
            "t19"."education_order",
            "t19"."_rid",
            "t19"."_end",
            "t19"."_acc",
            "t19"."_switch",
            "t19"."_run",
            "t19"."_new",
            "t19"."_spell_start",
            "t23"."c1"
          FROM "t16" AS "t19"
          INNER JOIN "t20" AS "t23"
            ON "t19"."person_id" = "t23"."person_id" AND "t19"."benefit" = "t23"."benefit"
        ) AS "t24"
        WHERE
          "t24"."start_date" >= CAST(CAST("t24"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t24"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t25"
      GROUP BY
        1,
        2
    ) AS "t27"
      ON "t22"."person_id" = "t27"."person_id" AND "t22"."benefit" = "t27"."benefit"
  ) AS "t28"
), "t38" AS (
  SELECT
    "t37"."person_id",
    "t37"."benefit",
    "t37"."c1",
    "t37"."c2",
    "t37"."c3"
  FROM (
    SELECT
      "t31"."person_id",
      "t31"."benefit",
      "t31"."c1",
      "t31"."c2",
      "t36"."person_id" AS "person_id_right",
      "t36"."benefit" AS "benefit_right",
      "t36"."c3"
    FROM "t29" AS "t31"
    LEFT OUTER JOIN (
      SELECT
        "t34"."person_id",
        "t34"."benefit",
        MIN("t34"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t19"."person_id",
            "t19"."benefit",
            "t19"."start_date",
            "t19"."target_group",
            "t19"."early_followup_request_date",
            "t19"."education_order",
            "t19"."_rid",
            "t19"."_end",
            "t19"."_acc",
            "t19"."_switch",
            "t19"."_run",
            "t19"."_new",
            "t19"."_spell_start",
            "t32"."c1",
            "t32"."c2"
          FROM "t16" AS "t19"
          INNER JOIN "t29" AS "t32"
            ON "t19"."person_id" = "t32"."person_id" AND "t19"."benefit" = "t32"."benefit"
        ) AS "t33"
        WHERE
          "t33"."start_date" >= CAST(CAST("t33"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t33"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t34"
      GROUP BY
        1,
        2
    ) AS "t36"
      ON "t31"."person_id" = "t36"."person_id" AND "t31"."benefit" = "t36"."benefit"
  ) AS "t37"
), "t70" AS (
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
    "t66"."periods"
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t63"."person_id",
        "t63"."benefit",
        "t63"."_key" AS "start_date",
        CASE
          WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
          THEN CAST(NULL AS DATE)
          ELSE "t63"."_end"
        END AS "end_date",
        "t5"."first_contact_date",
        "t5"."target_group",
        "t5"."first_absence_date",
        "t5"."sickness_category",
        "t5"."employed",
        "t5"."handover_date",
        "t5"."expected_absence_weeks",
        "t5"."work_obligation",
        "t5"."municipality",
        "t63"."early_followup_request_date",
        "t63"."education_order",
        "t63"."periods"
      FROM (
        SELECT
          "t61"."person_id",
          "t61"."benefit",
          "t61"."_key",
          MAX("t61"."_end") AS "_end",
          COUNT(*) AS "periods",
          FIRST("t61"."_rid" ORDER BY "t61"."start_date") AS "_first",
          MIN("t61"."early_followup_request_date") AS "early_followup_request_date",
          BOOL_OR(CAST(COALESCE("t61"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t15"."person_id",
              "t15"."benefit",
              "t15"."start_date",
              "t15"."_end",
              "t15"."_spell_start" AS "_key",
              "t15"."_acc",
              "t15"."_rid",
              "t15"."early_followup_request_date",
              "t15"."education_order"
            FROM "t14" AS "t15"
            WHERE
              NOT (
                "t15"."_acc"
              )
          ) AS "t17"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t59"."person_id",
              "t59"."benefit",
              "t59"."start_date",
              "t59"."_end",
              "t59"."_key",
              "t59"."_acc",
              "t59"."_rid",
              "t59"."early_followup_request_date",
              "t59"."education_order"
            FROM (
              SELECT
                "t58".*
                EXCLUDE ("c1", "c2", "c3", "c4", "c5")
              FROM (
                SELECT
                  "t57"."person_id",
                  "t57"."benefit",
                  "t57"."start_date",
                  "t57"."target_group",
                  "t57"."early_followup_request_date",
                  "t57"."education_order",
                  "t57"."_rid",
                  "t57"."_end",
                  "t57"."_acc",
                  "t57"."_switch",
                  "t57"."_run",
                  "t57"."_new",
                  "t57"."_spell_start",
                  "t57"."c1",
                  "t57"."c2",
                  "t57"."c3",
                  "t57"."c4",
                  "t57"."c5",
                  GREATEST(
                    CASE
                      WHEN "t57"."c1" <= "t57"."start_date"
                      THEN "t57"."c1"
                      ELSE CAST(NULL AS DATE)
                    END,
                    CASE
                      WHEN "t57"."c2" <= "t57"."start_date"
                      THEN "t57"."c2"
                      ELSE CAST(NULL AS DATE)
                    END,
                    CASE
                      WHEN "t57"."c3" <= "t57"."start_date"
                      THEN "t57"."c3"
                      ELSE CAST(NULL AS DATE)
                    END,
                    CASE
                      WHEN "t57"."c4" <= "t57"."start_date"
                      THEN "t57"."c4"
                      ELSE CAST(NULL AS DATE)
                    END,
                    CASE
                      WHEN "t57"."c5" <= "t57"."start_date"
                      THEN "t57"."c5"
                      ELSE CAST(NULL AS DATE)
                    END
                  ) AS "_key"
                FROM (
                  SELECT
                    "t19"."person_id",
                    "t19"."benefit",
                    "t19"."start_date",
                    "t19"."target_group",
                    "t19"."early_followup_request_date",
                    "t19"."education_order",
                    "t19"."_rid",
                    "t19"."_end",
                    "t19"."_acc",
                    "t19"."_switch",
                    "t19"."_run",
                    "t19"."_new",
                    "t19"."_spell_start",
                    "t56"."c1",
                    "t56"."c2",
                    "t56"."c3",
                    "t56"."c4",
                    "t56"."c5"
                  FROM "t16" AS "t19"
                  INNER JOIN (
                    SELECT
                      "t54".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t48"."person_id",
                        "t48"."benefit",
                        "t48"."c1",
                        "t48"."c2",
                        "t48"."c3",
                        "t48"."c4",
                        "t53"."person_id" AS "person_id_right",
                        "t53"."benefit" AS "benefit_right",
                        "t53"."c5"
                      FROM (
                        SELECT
                          "t46".*
                          EXCLUDE ("benefit_right", "person_id_right")
                        FROM (
                          SELECT
                            "t40"."person_id",
                            "t40"."benefit",
                            "t40"."c1",
                            "t40"."c2",
                            "t40"."c3",
                            "t45"."person_id" AS "person_id_right",
                            "t45"."benefit" AS "benefit_right",
                            "t45"."c4"
                          FROM "t38" AS "t40"
                          LEFT OUTER JOIN (
                            SELECT
                              "t43"."person_id",
                              "t43"."benefit",
                              MIN("t43"."start_date") AS "c4"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t19"."person_id",
                                  "t19"."benefit",
                                  "t19"."start_date",
                                  "t19"."target_group",
                                  "t19"."early_followup_request_date",
                                  "t19"."education_order",
                                  "t19"."_rid",
                                  "t19"."_end",
                                  "t19"."_acc",
                                  "t19"."_switch",
                                  "t19"."_run",
                                  "t19"."_new",
                                  "t19"."_spell_start",
                                  "t41"."c1",
                                  "t41"."c2",
                                  "t41"."c3"
                                FROM "t16" AS "t19"
                                INNER JOIN "t38" AS "t41"
                                  ON "t19"."person_id" = "t41"."person_id" AND "t19"."benefit" = "t41"."benefit"
                              ) AS "t42"
                              WHERE
                                "t42"."start_date" >= CAST(CAST("t42"."c3" + TO_MONTHS(
                                  COALESCE(
                                    CASE WHEN "t42"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                            ) AS "t43"
                            GROUP BY
                              1,
                              2
                          ) AS "t45"
                            ON "t40"."person_id" = "t45"."person_id" AND "t40"."benefit" = "t45"."benefit"
                        ) AS "t46"
                      ) AS "t48"
                      LEFT OUTER JOIN (
                        SELECT
                          "t51"."person_id",
                          "t51"."benefit",
                          MIN("t51"."start_date") AS "c5"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t19"."person_id",
                              "t19"."benefit",
                              "t19"."start_date",
                              "t19"."target_group",
                              "t19"."early_followup_request_date",
                              "t19"."education_order",
                              "t19"."_rid",
                              "t19"."_end",
                              "t19"."_acc",
                              "t19"."_switch",
                              "t19"."_run",
                              "t19"."_new",
                              "t19"."_spell_start",
                              "t49"."c1",
                              "t49"."c2",
                              "t49"."c3",
                              "t49"."c4"
                            FROM "t16" AS "t19"
                            INNER JOIN (
                              SELECT
                                "t46".*
                                EXCLUDE ("benefit_right", "person_id_right")
                              FROM (
                                SELECT
                                  "t40"."person_id",
                                  "t40"."benefit",
                                  "t40"."c1",
                                  "t40"."c2",
                                  "t40"."c3",
                                  "t45"."person_id" AS "person_id_right",
                                  "t45"."benefit" AS "benefit_right",
                                  "t45"."c4"
                                FROM "t38" AS "t40"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t43"."person_id",
                                    "t43"."benefit",
                                    MIN("t43"."start_date") AS "c4"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t19"."person_id",
                                        "t19"."benefit",
                                        "t19"."start_date",
                                        "t19"."target_group",
                                        "t19"."early_followup_request_date",
                                        "t19"."education_order",
                                        "t19"."_rid",
                                        "t19"."_end",
                                        "t19"."_acc",
                                        "t19"."_switch",
                                        "t19"."_run",
                                        "t19"."_new",
                                        "t19"."_spell_start",
                                        "t41"."c1",
                                        "t41"."c2",
                                        "t41"."c3"
                                      FROM "t16" AS "t19"
                                      INNER JOIN "t38" AS "t41"
                                        ON "t19"."person_id" = "t41"."person_id" AND "t19"."benefit" = "t41"."benefit"
                                    ) AS "t42"
                                    WHERE
                                      "t42"."start_date" >= CAST(CAST("t42"."c3" + TO_MONTHS(
                                        COALESCE(
                                          CASE WHEN "t42"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                  ) AS "t43"
                                  GROUP BY
                                    1,
                                    2
                                ) AS "t45"
                                  ON "t40"."person_id" = "t45"."person_id" AND "t40"."benefit" = "t45"."benefit"
                              ) AS "t46"
                            ) AS "t49"
                              ON "t19"."person_id" = "t49"."person_id" AND "t19"."benefit" = "t49"."benefit"
                          ) AS "t50"
                          WHERE
                            "t50"."start_date" >= CAST(CAST("t50"."c4" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t50"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t51"
                        GROUP BY
                          1,
                          2
                      ) AS "t53"
                        ON "t48"."person_id" = "t53"."person_id" AND "t48"."benefit" = "t53"."benefit"
                    ) AS "t54"
                  ) AS "t56"
                    ON "t19"."person_id" = "t56"."person_id" AND "t19"."benefit" = "t56"."benefit"
                ) AS "t57"
              ) AS "t58"
            ) AS "t59"
          ) AS "t60"
        ) AS "t61"
        GROUP BY
          1,
          2,
          3
      ) AS "t63"
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
      ) AS "t5"
        ON "t63"."_first" = "t5"."_frid"
    ) AS "t64"
    WHERE
      "t64"."benefit" IN ('dagpenge')
  ) AS "t66"
  ANTI JOIN (
    SELECT
      "t67"."person_id" AS "_k_person_id",
      "t67"."benefit" AS "_k_benefit",
      "t67"."start_date" AS "_k_start_date"
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
        "t66"."periods"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t63"."person_id",
            "t63"."benefit",
            "t63"."_key" AS "start_date",
            CASE
              WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
              THEN CAST(NULL AS DATE)
              ELSE "t63"."_end"
            END AS "end_date",
            "t5"."first_contact_date",
            "t5"."target_group",
            "t5"."first_absence_date",
            "t5"."sickness_category",
            "t5"."employed",
            "t5"."handover_date",
            "t5"."expected_absence_weeks",
            "t5"."work_obligation",
            "t5"."municipality",
            "t63"."early_followup_request_date",
            "t63"."education_order",
            "t63"."periods"
          FROM (
            SELECT
              "t61"."person_id",
              "t61"."benefit",
              "t61"."_key",
              MAX("t61"."_end") AS "_end",
              COUNT(*) AS "periods",
              FIRST("t61"."_rid" ORDER BY "t61"."start_date") AS "_first",
              MIN("t61"."early_followup_request_date") AS "early_followup_request_date",
              BOOL_OR(CAST(COALESCE("t61"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t15"."person_id",
                  "t15"."benefit",
                  "t15"."start_date",
                  "t15"."_end",
                  "t15"."_spell_start" AS "_key",
                  "t15"."_acc",
                  "t15"."_rid",
                  "t15"."early_followup_request_date",
                  "t15"."education_order"
                FROM "t14" AS "t15"
                WHERE
                  NOT (
                    "t15"."_acc"
                  )
              ) AS "t17"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t59"."person_id",
                  "t59"."benefit",
                  "t59"."start_date",
                  "t59"."_end",
                  "t59"."_key",
                  "t59"."_acc",
                  "t59"."_rid",
                  "t59"."early_followup_request_date",
                  "t59"."education_order"
                FROM (
                  SELECT
                    "t58".*
                    EXCLUDE ("c1", "c2", "c3", "c4", "c5")
                  FROM (
                    SELECT
                      "t57"."person_id",
                      "t57"."benefit",
                      "t57"."start_date",
                      "t57"."target_group",
                      "t57"."early_followup_request_date",
                      "t57"."education_order",
                      "t57"."_rid",
                      "t57"."_end",
                      "t57"."_acc",
                      "t57"."_switch",
                      "t57"."_run",
                      "t57"."_new",
                      "t57"."_spell_start",
                      "t57"."c1",
                      "t57"."c2",
                      "t57"."c3",
                      "t57"."c4",
                      "t57"."c5",
                      GREATEST(
                        CASE
                          WHEN "t57"."c1" <= "t57"."start_date"
                          THEN "t57"."c1"
                          ELSE CAST(NULL AS DATE)
                        END,
                        CASE
                          WHEN "t57"."c2" <= "t57"."start_date"
                          THEN "t57"."c2"
                          ELSE CAST(NULL AS DATE)
                        END,
                        CASE
                          WHEN "t57"."c3" <= "t57"."start_date"
                          THEN "t57"."c3"
                          ELSE CAST(NULL AS DATE)
                        END,
                        CASE
                          WHEN "t57"."c4" <= "t57"."start_date"
                          THEN "t57"."c4"
                          ELSE CAST(NULL AS DATE)
                        END,
                        CASE
                          WHEN "t57"."c5" <= "t57"."start_date"
                          THEN "t57"."c5"
                          ELSE CAST(NULL AS DATE)
                        END
                      ) AS "_key"
                    FROM (
                      SELECT
                        "t19"."person_id",
                        "t19"."benefit",
                        "t19"."start_date",
                        "t19"."target_group",
                        "t19"."early_followup_request_date",
                        "t19"."education_order",
                        "t19"."_rid",
                        "t19"."_end",
                        "t19"."_acc",
                        "t19"."_switch",
                        "t19"."_run",
                        "t19"."_new",
                        "t19"."_spell_start",
                        "t56"."c1",
                        "t56"."c2",
                        "t56"."c3",
                        "t56"."c4",
                        "t56"."c5"
                      FROM "t16" AS "t19"
                      INNER JOIN (
                        SELECT
                          "t54".*
                          EXCLUDE ("benefit_right", "person_id_right")
                        FROM (
                          SELECT
                            "t48"."person_id",
                            "t48"."benefit",
                            "t48"."c1",
                            "t48"."c2",
                            "t48"."c3",
                            "t48"."c4",
                            "t53"."person_id" AS "person_id_right",
                            "t53"."benefit" AS "benefit_right",
                            "t53"."c5"
                          FROM (
                            SELECT
                              "t46".*
                              EXCLUDE ("benefit_right", "person_id_right")
                            FROM (
                              SELECT
                                "t40"."person_id",
                                "t40"."benefit",
                                "t40"."c1",
                                "t40"."c2",
                                "t40"."c3",
                                "t45"."person_id" AS "person_id_right",
                                "t45"."benefit" AS "benefit_right",
                                "t45"."c4"
                              FROM "t38" AS "t40"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t43"."person_id",
                                  "t43"."benefit",
                                  MIN("t43"."start_date") AS "c4"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t19"."person_id",
                                      "t19"."benefit",
                                      "t19"."start_date",
                                      "t19"."target_group",
                                      "t19"."early_followup_request_date",
                                      "t19"."education_order",
                                      "t19"."_rid",
                                      "t19"."_end",
                                      "t19"."_acc",
                                      "t19"."_switch",
                                      "t19"."_run",
                                      "t19"."_new",
                                      "t19"."_spell_start",
                                      "t41"."c1",
                                      "t41"."c2",
                                      "t41"."c3"
                                    FROM "t16" AS "t19"
                                    INNER JOIN "t38" AS "t41"
                                      ON "t19"."person_id" = "t41"."person_id" AND "t19"."benefit" = "t41"."benefit"
                                  ) AS "t42"
                                  WHERE
                                    "t42"."start_date" >= CAST(CAST("t42"."c3" + TO_MONTHS(
                                      COALESCE(
                                        CASE WHEN "t42"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                ) AS "t43"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t45"
                                ON "t40"."person_id" = "t45"."person_id" AND "t40"."benefit" = "t45"."benefit"
                            ) AS "t46"
                          ) AS "t48"
                          LEFT OUTER JOIN (
                            SELECT
                              "t51"."person_id",
                              "t51"."benefit",
                              MIN("t51"."start_date") AS "c5"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t19"."person_id",
                                  "t19"."benefit",
                                  "t19"."start_date",
                                  "t19"."target_group",
                                  "t19"."early_followup_request_date",
                                  "t19"."education_order",
                                  "t19"."_rid",
                                  "t19"."_end",
                                  "t19"."_acc",
                                  "t19"."_switch",
                                  "t19"."_run",
                                  "t19"."_new",
                                  "t19"."_spell_start",
                                  "t49"."c1",
                                  "t49"."c2",
                                  "t49"."c3",
                                  "t49"."c4"
                                FROM "t16" AS "t19"
                                INNER JOIN (
                                  SELECT
                                    "t46".*
                                    EXCLUDE ("benefit_right", "person_id_right")
                                  FROM (
                                    SELECT
                                      "t40"."person_id",
                                      "t40"."benefit",
                                      "t40"."c1",
                                      "t40"."c2",
                                      "t40"."c3",
                                      "t45"."person_id" AS "person_id_right",
                                      "t45"."benefit" AS "benefit_right",
                                      "t45"."c4"
                                    FROM "t38" AS "t40"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t43"."person_id",
                                        "t43"."benefit",
                                        MIN("t43"."start_date") AS "c4"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t19"."person_id",
                                            "t19"."benefit",
                                            "t19"."start_date",
                                            "t19"."target_group",
                                            "t19"."early_followup_request_date",
                                            "t19"."education_order",
                                            "t19"."_rid",
                                            "t19"."_end",
                                            "t19"."_acc",
                                            "t19"."_switch",
                                            "t19"."_run",
                                            "t19"."_new",
                                            "t19"."_spell_start",
                                            "t41"."c1",
                                            "t41"."c2",
                                            "t41"."c3"
                                          FROM "t16" AS "t19"
                                          INNER JOIN "t38" AS "t41"
                                            ON "t19"."person_id" = "t41"."person_id" AND "t19"."benefit" = "t41"."benefit"
                                        ) AS "t42"
                                        WHERE
                                          "t42"."start_date" >= CAST(CAST("t42"."c3" + TO_MONTHS(
                                            COALESCE(
                                              CASE WHEN "t42"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE)
                                      ) AS "t43"
                                      GROUP BY
                                        1,
                                        2
                                    ) AS "t45"
                                      ON "t40"."person_id" = "t45"."person_id" AND "t40"."benefit" = "t45"."benefit"
                                  ) AS "t46"
                                ) AS "t49"
                                  ON "t19"."person_id" = "t49"."person_id" AND "t19"."benefit" = "t49"."benefit"
                              ) AS "t50"
                              WHERE
                                "t50"."start_date" >= CAST(CAST("t50"."c4" + TO_MONTHS(
                                  COALESCE(
                                    CASE WHEN "t50"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                            ) AS "t51"
                            GROUP BY
                              1,
                              2
                          ) AS "t53"
                            ON "t48"."person_id" = "t53"."person_id" AND "t48"."benefit" = "t53"."benefit"
                        ) AS "t54"
                      ) AS "t56"
                        ON "t19"."person_id" = "t56"."person_id" AND "t19"."benefit" = "t56"."benefit"
                    ) AS "t57"
                  ) AS "t58"
                ) AS "t59"
              ) AS "t60"
            ) AS "t61"
            GROUP BY
              1,
              2,
              3
          ) AS "t63"
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
          ) AS "t5"
            ON "t63"."_first" = "t5"."_frid"
        ) AS "t64"
        WHERE
          "t64"."benefit" IN ('dagpenge')
      ) AS "t66"
      SEMI JOIN (
        SELECT
          "t1"."person_id" AS "_mpid",
          "t1"."start_date" AS "_mstart"
        FROM "benefit_periods" AS "t1"
        WHERE
          "t1"."benefit" = 'dagpenge' AND COALESCE("t1"."jobcentre_course", FALSE)
      ) AS "t8"
        ON "t66"."person_id" = "t8"."_mpid"
        AND "t8"."_mstart" >= "t66"."start_date"
        AND (
          (
            "t66"."end_date" IS NULL
          ) OR (
            "t8"."_mstart" <= "t66"."end_date"
          )
        )
    ) AS "t67"
    WHERE
      CASE
        WHEN "t67"."start_date" >= MAKE_DATE(2026, 7, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t67"."start_date" >= MAKE_DATE(2024, 1, 1)
        THEN 6
        WHEN "t67"."start_date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        ELSE CAST(NULL AS BIGINT)
      END IS NOT NULL
  ) AS "t69"
    ON "t66"."person_id" = "t69"."_k_person_id"
    AND "t66"."benefit" = "t69"."_k_benefit"
    AND "t66"."start_date" = "t69"."_k_start_date"
)
SELECT
  "t82"."person_id",
  "t82"."benefit",
  'first_interview' AS "kind",
  'dagpenge_akasse_first_interview' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'STAR – Generelle spørgsmål og svar om reformen (a-kassernes 75 %-krav; det enkelte personkrav ikke nævnt)'
    WHEN "t82"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 4 (LBK nr. 280 af 2024) – a-kassens første jobsamtale senest 2 uger efter tilmelding'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t82"."window_start",
  CASE
    WHEN COALESCE("t82"."is_applicable", FALSE)
    THEN "t82"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t82"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t82"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t82"."fulfilled_date" <= "t82"."due_date"
    )
    THEN 'met'
    WHEN "t82"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t82"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t82"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t82"."is_applicable", FALSE)
    THEN "t82"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t82"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t82"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t82"."fulfilled_date" > "t82"."due_date"
    )
    THEN DATE_DIFF('DAY', "t82"."due_date", "t82"."fulfilled_date")
    WHEN NOT (
      "t82"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t82"."is_exempt", FALSE)
    )
    AND (
      "t82"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t82"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t82"."is_applicable", FALSE)
              THEN "t82"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t82"."window_start"
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
              WHEN COALESCE("t82"."is_applicable", FALSE)
              THEN "t82"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t82"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_akasse_first_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t82"."evidence", '') AS "evidence"
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
    "t81"."_days",
    "t81"."due_date",
    "t81"."fulfilled_date",
    "t81"."held_text",
    (
      "t81"."_days" IS NOT NULL
    )
    AND (
      (
        SELECT
          COUNT(*) AS "CountStar()"
        FROM (
          SELECT
            *
          FROM "conversations" AS "t0"
          WHERE
            "t0"."held_by" = 'akasse' AND "t0"."date" <= CAST($as_of AS DATE)
        ) AS "t3"
      ) > 0
    )
    AND NOT (
      (
        "t81"."end_date" IS NOT NULL
      )
      AND (
        "t81"."end_date" < "t81"."due_date"
      )
      AND (
        "t81"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t81"."_days" IS NULL
      THEN 'reglen var ikke i kraft ved første dagpengedag'
      WHEN NOT (
        (
          SELECT
            COUNT(*) AS "CountStar()"
          FROM (
            SELECT
              *
            FROM "conversations" AS "t0"
            WHERE
              "t0"."held_by" = 'akasse' AND "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t3"
        ) > 0
      )
      THEN 'data indeholder ingen samtaler holdt af a-kassen, så a-kassens første jobsamtale kan ikke vurderes'
      WHEN "t81"."fulfilled_date" IS NOT NULL
      THEN "t81"."held_text"
      WHEN (
        "t81"."end_date" IS NOT NULL
      )
      AND (
        "t81"."end_date" < "t81"."due_date"
      )
      AND (
        "t81"."fulfilled_date" IS NULL
      )
      THEN CASE
        WHEN CAST("t81"."end_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t81"."end_date" AS TEXT), ' før fristen')
      END
      ELSE 'ingen afholdt individuel jobsamtale med a-kassen'
    END AS "evidence"
  FROM (
    SELECT
      "t80".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t76"."person_id",
        "t76"."benefit",
        "t76"."start_date",
        "t76"."end_date",
        "t76"."first_contact_date",
        "t76"."target_group",
        "t76"."first_absence_date",
        "t76"."sickness_category",
        "t76"."employed",
        "t76"."handover_date",
        "t76"."expected_absence_weeks",
        "t76"."work_obligation",
        "t76"."municipality",
        "t76"."early_followup_request_date",
        "t76"."education_order",
        "t76"."periods",
        "t76"."window_start",
        "t76"."_days",
        "t76"."due_date",
        "t79"."person_id" AS "person_id_right",
        "t79"."benefit" AS "benefit_right",
        "t79"."start_date" AS "start_date_right",
        "t79"."fulfilled_date",
        "t79"."held_text"
      FROM (
        SELECT
          "t71"."person_id",
          "t71"."benefit",
          "t71"."start_date",
          "t71"."end_date",
          "t71"."first_contact_date",
          "t71"."target_group",
          "t71"."first_absence_date",
          "t71"."sickness_category",
          "t71"."employed",
          "t71"."handover_date",
          "t71"."expected_absence_weeks",
          "t71"."work_obligation",
          "t71"."municipality",
          "t71"."early_followup_request_date",
          "t71"."education_order",
          "t71"."periods",
          "t71"."start_date" AS "window_start",
          CASE
            WHEN "t71"."start_date" >= MAKE_DATE(2026, 7, 1)
            THEN 14
            WHEN "t71"."start_date" >= MAKE_DATE(2024, 1, 1)
            THEN 14
            ELSE CAST(NULL AS BIGINT)
          END AS "_days",
          CAST(CAST("t71"."start_date" + TO_DAYS(
            COALESCE(
              CASE
                WHEN "t71"."start_date" >= MAKE_DATE(2026, 7, 1)
                THEN 14
                WHEN "t71"."start_date" >= MAKE_DATE(2024, 1, 1)
                THEN 14
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM "t70" AS "t71"
      ) AS "t76"
      LEFT OUTER JOIN (
        SELECT
          "t77"."person_id",
          "t77"."benefit",
          "t77"."start_date",
          MIN("t77"."date") AS "fulfilled_date",
          FIRST(
            "t77"."description" ORDER BY CASE
              WHEN CAST("t77"."date" AS TEXT) IS NULL OR "t77"."description" IS NULL
              THEN NULL
              ELSE CONCAT(CAST("t77"."date" AS TEXT), "t77"."description")
            END
          ) AS "held_text"
        FROM (
          SELECT
            "t74"."person_id",
            "t74"."benefit",
            "t74"."start_date",
            "t74"."date",
            CASE
              WHEN "t74"."kind" IS NULL
              OR CAST("t74"."date" AS TEXT) IS NULL
              OR "t74"."form" IS NULL
              OR "t74"."held_by" IS NULL
              THEN NULL
              ELSE CONCAT("t74"."kind", ' ', CAST("t74"."date" AS TEXT), ' (', "t74"."form", ', ', "t74"."held_by", ')')
            END AS "description"
          FROM (
            SELECT
              "t73"."person_id",
              "t73"."benefit",
              "t73"."start_date",
              "t73"."window_start",
              "t73"."_first",
              "t73"."_last",
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
                "t71"."person_id",
                "t71"."benefit",
                "t71"."start_date",
                "t71"."start_date" AS "window_start",
                "t71"."start_date" AS "_first",
                COALESCE("t71"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM "t70" AS "t71"
            ) AS "t73"
            INNER JOIN (
              SELECT
                *
              FROM "conversations" AS "t0"
              WHERE
                "t0"."status" = 'afholdt'
                AND COALESCE("t0"."individual", TRUE)
                AND "t0"."date" <= CAST($as_of AS DATE)
                AND "t0"."kind" IN ('jobsamtale')
            ) AS "t7"
              ON "t73"."person_id" = "t7"."person_id"
              AND "t7"."date" >= "t73"."_first"
              AND "t7"."date" <= "t73"."_last"
          ) AS "t74"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t74"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN ['akasse']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t74"."held_by"
              ),
              FALSE
            )
            AND COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t74"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN ['personligt', 'telefon', 'video']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t74"."form"
              ),
              FALSE
            )
        ) AS "t77"
        GROUP BY
          1,
          2,
          3
      ) AS "t79"
        ON "t76"."person_id" = "t79"."person_id"
        AND "t76"."benefit" = "t79"."benefit"
        AND "t76"."start_date" = "t79"."start_date"
    ) AS "t80"
  ) AS "t81"
) AS "t82"
